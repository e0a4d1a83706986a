// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

/// @title IACL
/// @notice Access control list of tKMS handles on a host chain. A handle is keccak256 of a
///         TDH2 ciphertext registered by the InputVerifier. Permissions are persistent (never
///         revoked) and of two kinds: reading (an allowed account may request the handle's
///         public decryption and, for users, have it decrypted to them off chain) and granting
///         (a granter may also allow others and mark the handle publicly decryptable). An input's
///         user and contract may read it; only the contract may grant, so the contract's own
///         rules decide who else reads, and an account it lets read cannot pass the secret on.
///         A granter may make another account a granter (`allowGrant`).
/// @dev Storage is ERC-7201 namespaced so that relayers can prove slots with eth_getProof;
///      the exact slot formulas are in contracts/STORAGE.md.
interface IACL {
    /// @notice Emitted when `account` becomes allowed on `handle`.
    /// @param grantor The allowed account (or the InputVerifier) that granted the permission.
    event Allowed(bytes32 indexed handle, address indexed account, address indexed grantor);

    /// @notice Emitted when `account` becomes a granter of `handle` (may allow others and make it
    ///         public).
    event GrantAllowed(bytes32 indexed handle, address indexed account, address indexed grantor);

    /// @notice Emitted when `handle` becomes publicly decryptable.
    event PublicDecryptionAllowed(bytes32 indexed handle, address indexed grantor);

    /// @notice Emitted when `user` delegates user decryption of handles used by `contractAddress`
    ///         to `delegate` until `expiry` (unix seconds, exclusive).
    event UserDecryptionDelegated(
        address indexed user, address indexed delegate, address indexed contractAddress, uint64 expiry
    );

    /// @notice Emitted when `user` revokes a delegation before its expiry.
    event UserDecryptionDelegationRevoked(
        address indexed user, address indexed delegate, address indexed contractAddress
    );

    /// @notice Thrown when the sender is not a granter of the handle it tries to share or make public.
    error ACLSenderCannotGrant(bytes32 handle, address sender);

    /// @notice Thrown when a function reserved to the InputVerifier is called by another account.
    error ACLNotInputVerifier(address sender);

    /// @notice Thrown when a permission or delegation would be given to the zero address.
    error ACLZeroAddress();

    /// @notice Thrown when a delegation expiry is not in the future.
    error ACLInvalidExpiry(uint64 expiry, uint64 nowTimestamp);

    /// @notice Thrown when a user tries to delegate to itself.
    error ACLSelfDelegation(address user);

    /// @notice Thrown when revoking a delegation that does not exist or has expired.
    error ACLDelegationNotActive(address user, address delegate, address contractAddress);

    /// @notice Thrown when an input is registered with key epoch 0.
    error ACLZeroKeyEpoch();

    /// @notice Thrown when the ACL is deployed without an InputVerifier.
    error ACLZeroInputVerifier();

    /// @notice Lets `account` read `handle` (a persistent permission; not the right to grant).
    /// @dev Reverts with ACLSenderCannotGrant unless msg.sender is a granter of `handle`.
    ///      Emits Allowed only when the permission is new.
    function allow(bytes32 handle, address account) external;

    /// @notice Lets `account` read `handle` and grant it in turn (allow others, make it public).
    /// @dev Reverts with ACLSenderCannotGrant unless msg.sender is a granter of `handle`.
    function allowGrant(bytes32 handle, address account) external;

    /// @notice Creates the first permissions of a freshly verified input: `user` and
    ///         `contractAddress` may read `handle`, and `contractAddress` may grant it; the handle
    ///         records `keyEpoch`, the key epoch of the public key it was encrypted under (ADR 0008;
    ///         a handle keeps the first one it was registered with). Only the InputVerifier may call it.
    function allowForInput(bytes32 handle, address user, address contractAddress, uint64 keyEpoch) external;

    /// @notice Marks `handle` publicly decryptable (anyone may then request its public decryption).
    /// @dev Reverts with ACLSenderCannotGrant unless msg.sender is a granter of `handle`.
    function allowPublicDecryption(bytes32 handle) external;

    /// @notice msg.sender (the user) lets `delegate` request user decryptions on its behalf for
    ///         handles used through `contractAddress`, until `expiry` (exclusive). Overwrites
    ///         any earlier delegation for the same (delegate, contract).
    function delegateUserDecryption(address delegate, address contractAddress, uint64 expiry) external;

    /// @notice msg.sender (the user) ends an active delegation now.
    function revokeUserDecryptionDelegation(address delegate, address contractAddress) external;

    /// @notice Whether `account` is allowed on `handle`.
    function isAllowed(bytes32 handle, address account) external view returns (bool);

    /// @notice Whether `account` may grant `handle` (allow others, make it publicly decryptable).
    function canGrant(bytes32 handle, address account) external view returns (bool);

    /// @notice The key epoch `handle` was encrypted under (0 for a handle never registered).
    function keyEpochOf(bytes32 handle) external view returns (uint64);

    /// @notice Whether `handle` is publicly decryptable.
    function isPubliclyDecryptable(bytes32 handle) external view returns (bool);

    /// @notice Whether `delegate` may currently act for `user` on `contractAddress` (expiry > now).
    function isDelegated(address user, address delegate, address contractAddress) external view returns (bool);

    /// @notice The stored expiry of a delegation (0 when none was ever set or it was revoked).
    function delegationExpiry(address user, address delegate, address contractAddress) external view returns (uint64);

    /// @notice The InputVerifier, the only account that may create a handle's first permissions.
    function inputVerifier() external view returns (address);
}
