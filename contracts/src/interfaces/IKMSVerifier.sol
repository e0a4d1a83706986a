// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

/// @title IKMSVerifier
/// @notice The tKMS MPC signer set of a host chain, per epoch, and verification of EIP-712
///         digests signed by it. The set is fixed at deployment and then changes only through
///         `rotate`, signed by the current set; the previous set stays valid for a grace window.
/// @dev Signatures are passed packed: `signatures` is the concatenation of 65-byte
///      `r ‖ s ‖ v` ECDSA signatures (v ∈ {27, 28}, low s), in any order. Verification stops as
///      soon as `threshold` distinct registered signers of one epoch are found, so only
///      `threshold` signatures are ever recovered, whatever the size of the set.
interface IKMSVerifier {
    /// @notice Emitted at deployment and on every rotation.
    /// @param epoch The new current epoch.
    /// @param signers The signer addresses of `epoch`.
    /// @param threshold How many distinct signers of `epoch` a digest needs.
    /// @param previousValidUntil Until when (unix seconds, exclusive) the set of `epoch − 1`
    ///        is still accepted by `verify` (0 at deployment).
    event SignerSetUpdated(uint64 indexed epoch, address[] signers, uint16 threshold, uint64 previousValidUntil);

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

    /// @notice Thrown when a rotation does not target current epoch + 1.
    error KMSVerifierInvalidEpoch(uint64 expected, uint64 provided);

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
    ///         current epoch, or, until `previousValidUntil`, of the previous epoch.
    /// @dev Reverts on failure with the error found against the current epoch.
    /// @return epoch The signer epoch whose set signed.
    function verify(bytes32 digest, bytes calldata signatures) external view returns (uint64 epoch);

    /// @notice Replaces the signer set. `signatures` must verify, against the current epoch only,
    ///         the EIP-712 digest of SignerSetUpdate(uint64 epoch,address[] signers,uint16 threshold)
    ///         under domain {name "TKMS", version "1", chainId, verifyingContract = this}.
    /// @param newEpoch Must be currentEpoch() + 1 (the rotation nonce).
    function rotate(uint64 newEpoch, address[] calldata signers, uint16 threshold, bytes calldata signatures) external;

    /// @notice EIP-712 digest that the current set signs to rotate to (`epoch`, `signers`, `threshold`).
    function signerSetUpdateDigest(uint64 epoch, address[] calldata signers, uint16 threshold)
        external
        view
        returns (bytes32);

    /// @notice The current signer epoch.
    function currentEpoch() external view returns (uint64);

    /// @notice The threshold of the current epoch.
    function currentThreshold() external view returns (uint16);

    /// @notice Until when (exclusive) the previous epoch's set is accepted; 0 if never.
    function previousValidUntil() external view returns (uint64);

    /// @notice Timestamp of the last rotation (deployment time initially).
    function lastRotationAt() external view returns (uint64);

    /// @notice Signers and threshold recorded for `epoch` (empty for an unknown epoch).
    function signerSet(uint64 epoch) external view returns (address[] memory signers, uint16 threshold);

    /// @notice Whether `account` is a signer of `epoch`.
    function isSigner(uint64 epoch, address account) external view returns (bool);

    /// @notice Minimum time between two rotations, in seconds.
    function minRotationDelay() external view returns (uint64);

    /// @notice How long the previous set stays valid after a rotation, in seconds.
    function gracePeriod() external view returns (uint64);
}
