// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

/// @title IEncryptedVault
/// @notice Secrets (32-byte TDH2 plaintexts, e.g. a key to a larger KEM/DEM payload) kept
///         encrypted on chain. The contract only manages ACL grants; readers obtain the clear
///         value by tKMS user decryption (re-encryption to their own key, off chain), for which
///         a relayer proves the ACL slots permissions[handle][reader] and
///         permissions[handle][vault] (or a delegation, see IACL). The clear value never
///         appears on chain. Only the vault may grant a secret (the ACL's rule for an input's
///         contract), and it does so for the owner alone: a reader can decrypt, never share or
///         publish.
interface IEncryptedVault {
    /// @notice Emitted when `owner` stores secret `id`.
    event SecretStored(uint256 indexed id, address indexed owner, bytes32 handle);

    /// @notice Emitted when the owner of secret `id` lets `reader` decrypt it.
    event SecretShared(uint256 indexed id, address indexed reader, bytes32 handle);

    /// @notice Emitted when the owner replaces secret `id` with a new ciphertext. Earlier
    ///         readers keep access to the old handle only.
    event SecretReplaced(uint256 indexed id, bytes32 oldHandle, bytes32 newHandle);

    /// @notice Thrown when the caller does not own the secret.
    error EncryptedVaultNotOwner(uint256 id, address caller);

    /// @notice Thrown when no secret has this id.
    error EncryptedVaultUnknownSecret(uint256 id);

    /// @notice Stores a secret encrypted by msg.sender for this vault.
    function store(bytes calldata ciphertext) external returns (uint256 id);

    /// @notice Lets `reader` decrypt secret `id` (owner only).
    function share(uint256 id, address reader) external;

    /// @notice Replaces secret `id` with a new ciphertext (owner only). Use it to revoke readers:
    ///         permissions are persistent, so a new secret is the way to exclude them.
    function replace(uint256 id, bytes calldata ciphertext) external;

    /// @notice Whether `reader` can user-decrypt secret `id` through this vault now.
    function canRead(uint256 id, address reader) external view returns (bool);
}
