// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

/// @title ITKMSClient
/// @notice Errors of the TKMS dApp base contract.
interface ITKMSClient {
    /// @notice Thrown when a decryption callback does not come from the DecryptionOracle.
    error TKMSOnlyDecryptionOracle(address caller);

    /// @notice Thrown when ETH reaches the contract's receive function from anyone but the
    ///         DecryptionOracle (which only sends refunds of expired requests).
    error TKMSUnexpectedPayment(address sender);

    /// @notice Thrown when the contract cannot pay the fee of a decryption request.
    error TKMSInsufficientBalance(uint256 balance, uint256 fee);

    /// @notice Thrown when a cleartext index is beyond the result.
    error TKMSCleartextIndexOutOfRange(uint256 index, uint256 count);

    /// @notice Thrown when the TKMS configuration contains a zero address.
    error TKMSZeroAddress();
}
