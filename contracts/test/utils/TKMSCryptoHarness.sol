// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {TKMSCrypto} from "../../src/lib/TKMSCrypto.sol";

/// @notice Exposes TKMSCrypto's internal functions (ciphertexts as calldata, as in production).
contract TKMSCryptoHarness {
    function expandMessageXmd(bytes memory message, bytes memory dst, uint256 len)
        external
        pure
        returns (bytes memory)
    {
        return TKMSCrypto.expandMessageXmd(message, dst, len);
    }

    function expand(bytes memory tag, uint256 n, bytes[] memory parts) external pure returns (bytes memory) {
        return TKMSCrypto.expand(tag, n, parts);
    }

    function hashToScalar(bytes memory tag, bytes[] memory parts) external pure returns (uint256) {
        return TKMSCrypto.hashToScalar(tag, parts);
    }

    function lengthPrefixed(bytes[] memory parts) external pure returns (bytes memory) {
        return TKMSCrypto.lengthPrefixed(parts);
    }

    function hashToCurveG1(bytes memory message, bytes memory dst) external view returns (bytes memory) {
        return TKMSCrypto.hashToCurveG1(message, dst);
    }

    function g1Mul(bytes memory p, uint256 s) external view returns (bytes memory) {
        return TKMSCrypto.g1Mul(p, s);
    }

    function g1Add(bytes memory a, bytes memory b) external view returns (bytes memory) {
        return TKMSCrypto.g1Add(a, b);
    }

    function isValidG1NonIdentity(bytes memory p) external view returns (bool) {
        return TKMSCrypto.isValidG1NonIdentity(p);
    }

    function checkEncoding(bytes calldata ct) external pure returns (TKMSCrypto.TDH2Status) {
        return TKMSCrypto.checkTDH2Encoding(ct);
    }

    function verifyTDH2(bytes memory publicKey, bytes calldata ct) external view returns (TKMSCrypto.TDH2Status) {
        return TKMSCrypto.verifyTDH2(publicKey, ct);
    }

    function label(bytes calldata ct) external pure returns (bytes memory) {
        return TKMSCrypto.tdh2Label(ct);
    }
}
