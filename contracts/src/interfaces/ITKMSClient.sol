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

    /// @notice Thrown when the fee budget given for a decryption request is not its fee.
    error TKMSIncorrectFee(uint256 given, uint256 required);

    /// @notice Thrown when a cleartext index is beyond the result.
    error TKMSCleartextIndexOutOfRange(uint256 index, uint256 count);

    /// @notice Thrown when the TKMS configuration contains a zero address.
    error TKMSZeroAddress();
}
