// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {TKMSCrypto} from "../../src/lib/TKMSCrypto.sol";

/// @notice Test-only TDH2 encryption and decryption (docs/CRYPTO.md) on the EIP-2537 precompiles,
///         so that Solidity tests can make valid ciphertexts for any label.
library TDH2TestLib {
    bytes internal constant TAG_TDH2_MASK = "TKMS-v1/TDH2/H1";

    /// @notice Encrypts m under h with label L, randomness r, s ∈ [1, r).
    function encrypt(bytes memory h, bytes32 m, bytes memory label, uint256 r, uint256 s)
        internal
        view
        returns (bytes memory)
    {
        bytes[] memory parts = new bytes[](7);
        parts[0] = h;
        parts[1] = abi.encodePacked(m ^ _mask(TKMSCrypto.g1Mul(h, r)));
        parts[2] = label;
        parts[3] = TKMSCrypto.g1Mul(TKMSCrypto.G, r); // u
        parts[4] = TKMSCrypto.g1Mul(TKMSCrypto.G, s); // w
        parts[5] = TKMSCrypto.g1Mul(TKMSCrypto.H, r); // ū
        parts[6] = TKMSCrypto.g1Mul(TKMSCrypto.H, s); // w̄
        uint256 e = TKMSCrypto.hashToScalar(TKMSCrypto.TAG_TDH2_E, parts);
        uint256 z = addmod(s, mulmod(r, e, TKMSCrypto.R), TKMSCrypto.R);
        return bytes.concat(
            abi.encodePacked(uint8(1), parts[1], parts[3], parts[5]),
            abi.encodePacked(e, z, uint16(label.length), label)
        );
    }

    /// @notice Decrypts with the whole secret x (tests only; the MPC never assembles it).
    function decrypt(uint256 x, bytes memory ct) internal view returns (bytes32) {
        bytes32 c;
        bytes memory u = new bytes(128);
        assembly ("memory-safe") {
            c := mload(add(ct, 33))
        }
        for (uint256 i = 0; i < 128; ++i) {
            u[i] = ct[33 + i];
        }
        return c ^ _mask(TKMSCrypto.g1Mul(u, x));
    }

    /// @notice The host-chain input label abi.encodePacked(chainId, contract, user).
    function inputLabel(uint256 chainId, address contractAddress, address user) internal pure returns (bytes memory) {
        return abi.encodePacked(chainId, contractAddress, user);
    }

    function _mask(bytes memory rh) private pure returns (bytes32) {
        bytes[] memory parts = new bytes[](1);
        parts[0] = rh;
        return bytes32(TKMSCrypto.expand(TAG_TDH2_MASK, 32, parts));
    }
}
