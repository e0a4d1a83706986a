// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

/// @title IInputVerifier
/// @notice Registers encrypted inputs: a TDH2 ciphertext (docs/CRYPTO.md, version 1) made by a
///         user for a contract, labelled abi.encodePacked(uint256 chainId, address contract,
///         address user). The handle is keccak256(ciphertext); the user and the contract become
///         allowed on it in the ACL, and the ciphertext is emitted for relayers.
/// @dev Where the chain has EIP-2537 (`proofCheckEnabled`), the ciphertext validity proof is
///      verified on chain; otherwise only the encoding is checked here and the MPC parties
///      reject invalid ciphertexts before decrypting.
///      The public key changes only by `updatePublicKey`, signed by the tKMS signer set through
///      the KMSVerifier (EIP-712 PublicKeyUpdate(uint64 keyEpoch,bytes publicKey), domain
///      {name "TKMS", version "1", chainId, verifyingContract = this InputVerifier}).
interface IInputVerifier {
    /// @notice Emitted for every verified input.
    /// @param keyEpoch The epoch of the public key the input was checked against.
    event InputVerified(
        bytes32 indexed handle, address indexed contractAddress, address indexed user, uint64 keyEpoch, bytes ciphertext
    );

    /// @notice Emitted at deployment and whenever the public key changes.
    event PublicKeyUpdated(uint64 indexed keyEpoch, bytes publicKey);

    /// @notice Thrown when the ciphertext is shorter than 355 bytes or its length disagrees with ℓ.
    error InputVerifierInvalidLength(uint256 length);

    /// @notice Thrown when the ciphertext's version byte is not 1.
    error InputVerifierUnsupportedVersion(uint8 version);

    /// @notice Thrown when e or z is not below the group order.
    error InputVerifierScalarOutOfRange();

    /// @notice Thrown when u or ū is the identity.
    error InputVerifierIdentityPoint();

    /// @notice Thrown when u or ū is not a valid G1 subgroup point.
    error InputVerifierInvalidPoint();

    /// @notice Thrown when the validity proof does not verify.
    error InputVerifierInvalidProof();

    /// @notice Thrown when the label is not abi.encodePacked(block.chainid, msg.sender, user).
    error InputVerifierLabelMismatch(address contractAddress, address user);

    /// @notice Thrown when a public key is not a valid non-identity G1 point.
    error InputVerifierInvalidPublicKey();

    /// @notice Thrown when a key epoch is not above the current key epoch or is not the
    ///         KMSVerifier's current key epoch.
    error InputVerifierInvalidKeyEpoch(uint64 provided, uint64 current, uint64 kmsKeyEpoch);

    /// @notice Thrown when an input arrives while this contract's key lags the signer set's
    ///         (a new key was made and is not installed yet).
    error InputVerifierKeyOutdated(uint64 keyEpoch, uint64 kmsKeyEpoch);

    /// @notice Thrown when a constructor address is zero.
    error InputVerifierZeroAddress();

    /// @notice Verifies an encrypted input for msg.sender (the contract) and `user`, registers its
    ///         handle with this key's epoch and grants both ACL rights on it. Idempotent for the
    ///         same ciphertext. Refused (InputVerifierKeyOutdated) while the key lags the
    ///         KMSVerifier's current key epoch.
    /// @return handle keccak256(ciphertext).
    function verifyInput(bytes calldata ciphertext, address user) external returns (bytes32 handle);

    /// @notice Installs the public key of key epoch `keyEpoch` (above this contract's key epoch
    ///         and equal to KMSVerifier.currentKeyEpoch()), signed by the current signer set.
    /// @param signatures Packed 65-byte signatures (see IKMSVerifier).
    function updatePublicKey(uint64 keyEpoch, bytes calldata publicKey, bytes calldata signatures) external;

    /// @notice EIP-712 digest the signer set signs to install `publicKey` at `keyEpoch`.
    function publicKeyUpdateDigest(uint64 keyEpoch, bytes calldata publicKey) external view returns (bytes32);

    /// @notice The current public key h (128-byte EIP-2537 encoding).
    function publicKey() external view returns (bytes memory);

    /// @notice The key epoch of the current public key (the epoch of the ceremony that made it).
    function keyEpoch() external view returns (uint64);

    /// @notice Whether validity proofs are verified on chain (EIP-2537 available).
    function proofCheckEnabled() external view returns (bool);
}
