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
        /// @dev slot + 0: allowed[handle][account]
        mapping(bytes32 handle => mapping(address account => bool)) allowed;
        /// @dev slot + 1: publiclyDecryptable[handle]
        mapping(bytes32 handle => bool) publiclyDecryptable;
        /// @dev slot + 2: delegations[user][delegate][contractAddress] = expiry (uint64, exclusive)
        mapping(address user => mapping(address delegate => mapping(address contractAddress => uint64))) delegations;
    }

    /// @notice keccak256(abi.encode(uint256(keccak256("tkms.storage.ACL")) - 1)) & ~bytes32(uint256(0xff))
    bytes32 public constant STORAGE_SLOT = 0xf14cfe2fd7f4ad88c1dfb9fcd32969480c5ffa8eec067bf7a1522c2cac3c9e00;

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
        if (!$.allowed[handle][msg.sender]) revert ACLSenderNotAllowed(handle, msg.sender);
        _allow($, handle, account);
    }

    /// @inheritdoc IACL
    function allowForInput(bytes32 handle, address user, address contractAddress) external {
        if (msg.sender != inputVerifier) revert ACLNotInputVerifier(msg.sender);
        ACLStorage storage $ = _storage();
        _allow($, handle, user);
        _allow($, handle, contractAddress);
    }

    /// @inheritdoc IACL
    function allowPublicDecryption(bytes32 handle) external {
        ACLStorage storage $ = _storage();
        if (!$.allowed[handle][msg.sender]) revert ACLSenderNotAllowed(handle, msg.sender);
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
        return _storage().allowed[handle][account];
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

    function _allow(ACLStorage storage $, bytes32 handle, address account) private {
        if (account == address(0)) revert ACLZeroAddress();
        if (!$.allowed[handle][account]) {
            $.allowed[handle][account] = true;
            emit Allowed(handle, account, msg.sender);
        }
    }

    function _storage() private pure returns (ACLStorage storage $) {
        // ERC-7201: point the storage struct at its fixed namespaced slot.
        assembly ("memory-safe") {
            $.slot := STORAGE_SLOT
        }
    }
}
