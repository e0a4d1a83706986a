// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {TKMS} from "../TKMS.sol";
import {IEncryptedVault} from "./IEncryptedVault.sol";

/// @title EncryptedVault
/// @notice Example dApp for user decryption: owners store encrypted secrets and grant readers;
///         readers decrypt off chain. See IEncryptedVault.
contract EncryptedVault is IEncryptedVault, TKMS {
    struct Secret {
        address owner;
        bytes32 handle;
    }

    uint256 public nextId = 1;
    mapping(uint256 id => Secret) public secrets;

    constructor(TKMSConfig memory config) TKMS(config) {}

    /// @inheritdoc IEncryptedVault
    function store(bytes calldata ciphertext) external returns (uint256 id) {
        bytes32 handle = _verifyInput(ciphertext, msg.sender);
        id = nextId++;
        secrets[id] = Secret({owner: msg.sender, handle: handle});
        emit SecretStored(id, msg.sender, handle);
    }

    /// @inheritdoc IEncryptedVault
    function share(uint256 id, address reader) external {
        bytes32 handle = _ownedSecret(id).handle;
        _allow(handle, reader);
        emit SecretShared(id, reader, handle);
    }

    /// @inheritdoc IEncryptedVault
    function replace(uint256 id, bytes calldata ciphertext) external {
        Secret storage secret = _ownedSecret(id);
        bytes32 oldHandle = secret.handle;
        bytes32 newHandle = _verifyInput(ciphertext, msg.sender);
        secret.handle = newHandle;
        emit SecretReplaced(id, oldHandle, newHandle);
    }

    /// @inheritdoc IEncryptedVault
    function canRead(uint256 id, address reader) external view returns (bool) {
        Secret storage secret = secrets[id];
        if (secret.owner == address(0)) revert EncryptedVaultUnknownSecret(id);
        return TKMS_ACL.isAllowed(secret.handle, reader) && TKMS_ACL.isAllowed(secret.handle, address(this));
    }

    function _ownedSecret(uint256 id) private view returns (Secret storage secret) {
        secret = secrets[id];
        if (secret.owner == address(0)) revert EncryptedVaultUnknownSecret(id);
        if (secret.owner != msg.sender) revert EncryptedVaultNotOwner(id, msg.sender);
    }
}
