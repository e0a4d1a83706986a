// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

/// @title IKMSVerifier
/// @notice The tKMS MPC signer sets of a host chain, one per epoch, and verification of EIP-712
///         digests signed by them. The set is fixed at deployment and then changes only through
///         `rotate`, signed by the current set. Epochs are the tKMS chain's key set epochs
///         (ADR 0008): they only grow, with gaps where a ceremony failed. Every set records the
///         key epoch of the public key its parties hold (the epoch of the ceremony that made
///         the key); a refresh or a reshare keeps it, a new key starts a new one.
///         Every epoch's set is kept: results are verified against the set of the epoch their
///         request was made in (`verifyAt`); rotations and public key installations only against
///         the current set (`verify`), so a set rotated out signs nothing new.
/// @dev Signatures are passed packed: `signatures` is the concatenation of 65-byte
///      `r ‖ s ‖ v` ECDSA signatures (v ∈ {27, 28}, low s), in any order. Verification stops as
///      soon as `threshold` distinct registered signers are found, so only `threshold`
///      signatures are ever recovered, whatever the size of the set.
interface IKMSVerifier {
    /// @notice Emitted at deployment and on every rotation.
    /// @param epoch The new current epoch.
    /// @param signers The signer addresses of `epoch`.
    /// @param threshold How many distinct signers of `epoch` a digest needs.
    /// @param keyEpoch The key epoch of the public key `epoch`'s parties hold.
    event SignerSetUpdated(uint64 indexed epoch, address[] signers, uint16 threshold, uint64 keyEpoch);

    /// @notice Thrown when `signatures` is not a whole number of 65-byte signatures.
    error KMSVerifierInvalidSignaturesLength(uint256 length);

    /// @notice Thrown when a signature does not recover (bad v, high s, or ecrecover failure).
    error KMSVerifierInvalidSignature(uint256 index);

    /// @notice Thrown when a recovered signer is not in the signer set being checked.
    error KMSVerifierUnknownSigner(address signer);

    /// @notice Thrown when the same signer appears twice before the threshold is reached.
    error KMSVerifierDuplicateSigner(address signer);

    /// @notice Thrown when fewer than `threshold` signatures are supplied.
    error KMSVerifierNotEnoughSignatures(uint256 provided, uint256 threshold);

    /// @notice Thrown when a rotation's epoch is not above the current one (`expected` is the
    ///         smallest acceptable), or the initial epoch is 0.
    error KMSVerifierInvalidEpoch(uint64 expected, uint64 provided);

    /// @notice Thrown when a set's key epoch is neither the current key epoch nor its own epoch
    ///         (or, at deployment, is 0 or above the initial epoch).
    error KMSVerifierInvalidKeyEpoch(uint64 keyEpoch, uint64 epoch);

    /// @notice Thrown when verifying against an epoch that has no signer set.
    error KMSVerifierUnknownEpoch(uint64 epoch);

    /// @notice Thrown when `minRotationDelay` exceeds MAX_ROTATION_DELAY.
    error KMSVerifierInvalidRotationDelay(uint64 given, uint64 max);

    /// @notice Thrown when a rotation comes before the minimum delay since the last one.
    error KMSVerifierRotationTooEarly(uint64 notBefore);

    /// @notice Thrown when a signer set is empty.
    error KMSVerifierEmptySignerSet();

    /// @notice Thrown when a threshold is 0 or larger than the set.
    error KMSVerifierInvalidThreshold(uint16 threshold, uint256 signerCount);

    /// @notice Thrown when a signer set contains the zero address.
    error KMSVerifierZeroSigner();

    /// @notice Thrown when a signer set lists the same address twice.
    error KMSVerifierRepeatedSigner(address signer);

    /// @notice Thrown when a signer set is larger than 65535 addresses.
    error KMSVerifierTooManySigners(uint256 signerCount);

    /// @notice Verifies that `signatures` holds at least `threshold` distinct signers of the
    ///         current epoch's set. For what only the current set may authorise.
    /// @return epoch The current epoch.
    function verify(bytes32 digest, bytes calldata signatures) external view returns (uint64 epoch);

    /// @notice Verifies that `signatures` holds at least `threshold` distinct signers of the set
    ///         of `epoch` (current or earlier). Reverts with KMSVerifierUnknownEpoch if there is none.
    function verifyAt(uint64 epoch, bytes32 digest, bytes calldata signatures) external view;

    /// @notice Replaces the signer set. `signatures` must verify, against the current epoch only,
    ///         the EIP-712 digest of
    ///         SignerSetUpdate(uint64 epoch,address[] signers,uint16 threshold,uint64 keyEpoch)
    ///         under domain {name "TKMS", version "1", chainId, verifyingContract = this}.
    /// @param newEpoch Any epoch above currentEpoch() (x/kms burns the epochs of failed ceremonies).
    /// @param keyEpoch currentKeyEpoch() if the new set holds the same key (refresh, reshare),
    ///        `newEpoch` if it holds a key made in that epoch (then the InputVerifier refuses
    ///        inputs until the new key is installed).
    function rotate(
        uint64 newEpoch,
        address[] calldata signers,
        uint16 threshold,
        uint64 keyEpoch,
        bytes calldata signatures
    ) external;

    /// @notice EIP-712 digest that the current set signs to rotate to (`epoch`, `signers`,
    ///         `threshold`, `keyEpoch`).
    function signerSetUpdateDigest(uint64 epoch, address[] calldata signers, uint16 threshold, uint64 keyEpoch)
        external
        view
        returns (bytes32);

    /// @notice The current signer epoch.
    function currentEpoch() external view returns (uint64);

    /// @notice The key epoch of the current set: inputs must be encrypted under this key.
    function currentKeyEpoch() external view returns (uint64);

    /// @notice The threshold of the current epoch.
    function currentThreshold() external view returns (uint16);

    /// @notice Timestamp of the last rotation (deployment time initially).
    function lastRotationAt() external view returns (uint64);

    /// @notice Signers and threshold recorded for `epoch` (empty for an unknown epoch).
    function signerSet(uint64 epoch) external view returns (address[] memory signers, uint16 threshold);

    /// @notice The key epoch of `epoch`'s set (0 for an unknown epoch).
    function keyEpochOf(uint64 epoch) external view returns (uint64);

    /// @notice Whether `account` is a signer of `epoch`.
    function isSigner(uint64 epoch, address account) external view returns (bool);

    /// @notice Minimum time between two rotations, in seconds.
    function minRotationDelay() external view returns (uint64);
}
