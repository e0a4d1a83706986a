// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {IACL} from "./interfaces/IACL.sol";

/// @title ACL
/// @notice Persistent permissions on tKMS handles, public decryptability and user-decryption
///         delegation. See IACL for the behaviour and contracts/STORAGE.md for the slots that
///         relayers prove with eth_getProof.
contract ACL is IACL {
    /// @custom:storage-location erc7201:tkms.storage.ACL
    struct ACLStorage {
        /// @dev slot + 0: permissions[handle][account]: READ (1) or READ | GRANT (3), 0 for none
        mapping(bytes32 handle => mapping(address account => uint8)) permissions;
        /// @dev slot + 1: publiclyDecryptable[handle]
        mapping(bytes32 handle => bool) publiclyDecryptable;
        /// @dev slot + 2: delegations[user][delegate][contractAddress] = expiry (uint64, exclusive)
        mapping(address user => mapping(address delegate => mapping(address contractAddress => uint64))) delegations;
        /// @dev slot + 3: keyEpochs[handle], the key epoch the handle was encrypted under
        mapping(bytes32 handle => uint64) keyEpochs;
    }

    /// @notice keccak256(abi.encode(uint256(keccak256("tkms.storage.ACL")) - 1)) & ~bytes32(uint256(0xff))
    bytes32 public constant STORAGE_SLOT = 0xf14cfe2fd7f4ad88c1dfb9fcd32969480c5ffa8eec067bf7a1522c2cac3c9e00;

    /// @notice Permission bit: the account may read the handle (request its decryption).
    uint8 public constant READ = 1;
    /// @notice Permission bit: the account may allow others and make the handle public. Always
    ///         held with READ, in the same slot, so that the tKMS chain (which proves the slot
    ///         and accepts any non-zero value as allowed) needs no second proof.
    uint8 public constant GRANT = 2;

    /// @inheritdoc IACL
    address public immutable inputVerifier;

    /// @param inputVerifier_ The InputVerifier (deployed next; its address is computed in advance).
    constructor(address inputVerifier_) {
        if (inputVerifier_ == address(0)) revert ACLZeroInputVerifier();
        inputVerifier = inputVerifier_;
    }

    /// @inheritdoc IACL
    function allow(bytes32 handle, address account) external {
        ACLStorage storage $ = _storage();
        _requireGranter($, handle);
        _allow($, handle, account, READ);
    }

    /// @inheritdoc IACL
    function allowGrant(bytes32 handle, address account) external {
        ACLStorage storage $ = _storage();
        _requireGranter($, handle);
        _allow($, handle, account, READ | GRANT);
    }

    /// @inheritdoc IACL
    function allowForInput(bytes32 handle, address user, address contractAddress, uint64 keyEpoch) external {
        if (msg.sender != inputVerifier) revert ACLNotInputVerifier(msg.sender);
        if (keyEpoch == 0) revert ACLZeroKeyEpoch();
        ACLStorage storage $ = _storage();
        if ($.keyEpochs[handle] == 0) $.keyEpochs[handle] = keyEpoch;
        _allow($, handle, user, READ);
        _allow($, handle, contractAddress, READ | GRANT);
    }

    /// @inheritdoc IACL
    function allowPublicDecryption(bytes32 handle) external {
        ACLStorage storage $ = _storage();
        _requireGranter($, handle);
        if (!$.publiclyDecryptable[handle]) {
            $.publiclyDecryptable[handle] = true;
            emit PublicDecryptionAllowed(handle, msg.sender);
        }
    }

    /// @inheritdoc IACL
    function delegateUserDecryption(address delegate, address contractAddress, uint64 expiry) external {
        if (delegate == address(0) || contractAddress == address(0)) revert ACLZeroAddress();
        if (delegate == msg.sender) revert ACLSelfDelegation(msg.sender);
        if (expiry <= block.timestamp) revert ACLInvalidExpiry(expiry, uint64(block.timestamp));
        _storage().delegations[msg.sender][delegate][contractAddress] = expiry;
        emit UserDecryptionDelegated(msg.sender, delegate, contractAddress, expiry);
    }

    /// @inheritdoc IACL
    function revokeUserDecryptionDelegation(address delegate, address contractAddress) external {
        ACLStorage storage $ = _storage();
        if ($.delegations[msg.sender][delegate][contractAddress] <= block.timestamp) {
            revert ACLDelegationNotActive(msg.sender, delegate, contractAddress);
        }
        delete $.delegations[msg.sender][delegate][contractAddress];
        emit UserDecryptionDelegationRevoked(msg.sender, delegate, contractAddress);
    }

    /// @inheritdoc IACL
    function isAllowed(bytes32 handle, address account) external view returns (bool) {
        return _storage().permissions[handle][account] & READ != 0;
    }

    /// @inheritdoc IACL
    function canGrant(bytes32 handle, address account) external view returns (bool) {
        return _storage().permissions[handle][account] & GRANT != 0;
    }

    /// @inheritdoc IACL
    function keyEpochOf(bytes32 handle) external view returns (uint64) {
        return _storage().keyEpochs[handle];
    }

    /// @inheritdoc IACL
    function isPubliclyDecryptable(bytes32 handle) external view returns (bool) {
        return _storage().publiclyDecryptable[handle];
    }

    /// @inheritdoc IACL
    function isDelegated(address user, address delegate, address contractAddress) external view returns (bool) {
        return _storage().delegations[user][delegate][contractAddress] > block.timestamp;
    }

    /// @inheritdoc IACL
    function delegationExpiry(address user, address delegate, address contractAddress) external view returns (uint64) {
        return _storage().delegations[user][delegate][contractAddress];
    }

    /// @dev Adds the permission bits `bits` (READ, or READ | GRANT) of `account` on `handle`;
    ///      emits for each bit that is new.
    function _allow(ACLStorage storage $, bytes32 handle, address account, uint8 bits) private {
        if (account == address(0)) revert ACLZeroAddress();
        uint8 old = $.permissions[handle][account];
        uint8 added = bits & ~old;
        if (added == 0) return;
        $.permissions[handle][account] = old | bits;
        if (added & READ != 0) emit Allowed(handle, account, msg.sender);
        if (added & GRANT != 0) emit GrantAllowed(handle, account, msg.sender);
    }

    function _requireGranter(ACLStorage storage $, bytes32 handle) private view {
        if ($.permissions[handle][msg.sender] & GRANT == 0) revert ACLSenderCannotGrant(handle, msg.sender);
    }

    function _storage() private pure returns (ACLStorage storage $) {
        // ERC-7201: point the storage struct at its fixed namespaced slot.
        assembly ("memory-safe") {
            $.slot := STORAGE_SLOT
        }
    }
}
