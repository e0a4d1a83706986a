// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

/// @title TKMSCrypto
/// @notice Hashing and BLS12-381 G1 helpers of the tKMS cryptography specification v1
///         (docs/CRYPTO.md), on the SHA-256 (0x02), MODEXP (0x05) and EIP-2537 precompiles
///         (G1ADD 0x0b, G1MSM 0x0c, MAP_FP_TO_G1 0x10).
/// @dev Encodings: a scalar is 32 bytes big-endian below r; a point is 128 bytes,
///      `0^16 ‖ x ‖ 0^16 ‖ y` (EIP-2537), the identity is 128 zero bytes.
///      Every hash is RFC 9380 expand_message_xmd with SHA-256 over the length-prefixed
///      parts `uint32_be(len(p)) ‖ p`, under an ASCII domain tag used as DST.
library TKMSCrypto {
    /// @notice Thrown when expand_message_xmd is asked for 0 or more than 8160 bytes.
    error TKMSCryptoInvalidExpandLength(uint256 length);
    /// @notice Thrown when a domain separation tag is longer than 255 bytes.
    error TKMSCryptoTagTooLong(uint256 length);
    /// @notice Thrown when a precompile call fails or returns an unexpected length.
    error TKMSCryptoPrecompileFailed(address precompile);

    /// @notice Order r of the BLS12-381 G1 subgroup.
    uint256 internal constant R = 0x73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001;
    /// @notice Size of an encoded G1 point.
    uint256 internal constant POINT_SIZE = 128;

    address internal constant SHA256_PRECOMPILE = address(0x02);
    address internal constant MODEXP_PRECOMPILE = address(0x05);
    address internal constant G1ADD_PRECOMPILE = address(0x0b);
    address internal constant G1MSM_PRECOMPILE = address(0x0c);
    address internal constant MAP_FP_TO_G1_PRECOMPILE = address(0x10);

    /// @notice Gas forwarded to G1MSM with two pairs. EIP-2537 prices it at
    ///         2 * 12000 * 949 / 1000 = 22776; a failing call burns what it is given, so the
    ///         amount is capped rather than forwarding everything.
    uint256 internal constant G1MSM2_GAS = 30_000;

    /// @notice The standard generator G of BLS12-381 G1.
    bytes internal constant G =
        hex"0000000000000000000000000000000017f1d3a73197d7942695638c4fa9ac0fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb0000000000000000000000000000000008b3f481e3aaa0f1a09e30ed741d8ae4fcf5e095d5d00af600db18cb2c04b3edd03cc744a2888ae40caa232946c5e7e1";

    /// @notice The second generator H = hash_to_curve(BLS12381G1_XMD:SHA-256_SSWU_RO_,
    ///         msg "TKMS-v1 second generator", DST "TKMS-v1/G1/BLS12381G1_XMD:SHA-256_SSWU_RO_").
    /// @dev Recomputed on chain from its definition by TKMSCryptoTest.test_SecondGeneratorMatchesDefinition.
    bytes internal constant H =
        hex"000000000000000000000000000000000c5d565a3e75693ea15ae76268689d9c1cadedfa77b836726358a486cf2563c05936eb3974b4cb88334ab281d02095df000000000000000000000000000000000145cc3a70b8966b3809be23afbe579cbf2b84841ea0059453393b1a08491330c55a141d68491e706e6659e0477f7458";

    /// @notice Domain tag of the TDH2 validity-proof challenge.
    bytes internal constant TAG_TDH2_E = "TKMS-v1/TDH2/e";
    /// @notice DST of the second generator's hash_to_curve.
    bytes internal constant TAG_SECOND_GENERATOR = "TKMS-v1/G1/BLS12381G1_XMD:SHA-256_SSWU_RO_";
    /// @notice Message hashed to the second generator.
    bytes internal constant SECOND_GENERATOR_MESSAGE = "TKMS-v1 second generator";

    /// @notice BLS12-381 base field modulus p (381 bits), 48 bytes big-endian.
    bytes internal constant P_BYTES =
        hex"1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab";

    // ------------------------------------------------------------------ hashing

    /// @notice LP(parts…) = for each part: uint32_be(len(part)) ‖ part.
    function lengthPrefixed(bytes[] memory parts) internal pure returns (bytes memory out) {
        for (uint256 i = 0; i < parts.length; ++i) {
            out = bytes.concat(out, bytes4(uint32(parts[i].length)), parts[i]);
        }
    }

    /// @notice RFC 9380 §5.3.1 expand_message_xmd with SHA-256 (b_in_bytes = 32, s_in_bytes = 64).
    /// @param message msg, hashed as is (callers length-prefix tKMS parts first).
    /// @param dst The domain separation tag, at most 255 bytes.
    /// @param lenInBytes Output length, 1..8160.
    function expandMessageXmd(bytes memory message, bytes memory dst, uint256 lenInBytes)
        internal
        pure
        returns (bytes memory out)
    {
        if (lenInBytes == 0 || lenInBytes > 255 * 32) revert TKMSCryptoInvalidExpandLength(lenInBytes);
        if (dst.length > 255) revert TKMSCryptoTagTooLong(dst.length);
        uint256 ell = (lenInBytes + 31) / 32;
        bytes memory dstPrime = abi.encodePacked(dst, uint8(dst.length));
        // msg_prime = Z_pad ‖ msg ‖ I2OSP(len_in_bytes, 2) ‖ I2OSP(0, 1) ‖ DST_prime
        bytes32 b0 = sha256(abi.encodePacked(bytes32(0), bytes32(0), message, uint16(lenInBytes), uint8(0), dstPrime));
        bytes32 bi;
        for (uint256 i = 1; i <= ell; ++i) {
            // b_1 = H(b_0 ‖ 1 ‖ DST'), b_i = H((b_0 ⊕ b_{i−1}) ‖ i ‖ DST'); b_0 ⊕ 0 = b_0 for i = 1.
            bi = sha256(abi.encodePacked(b0 ^ bi, uint8(i), dstPrime));
            if (i * 32 <= lenInBytes) {
                out = bytes.concat(out, bi);
            } else {
                // Last, partial block: keep len_in_bytes mod 32 leading bytes.
                for (uint256 j = 0; j < lenInBytes % 32; ++j) {
                    out = bytes.concat(out, bi[j]);
                }
            }
        }
    }

    /// @notice Expand(tag, n, parts…) = expand_message_xmd(LP(parts…), tag, n).
    function expand(bytes memory tag, uint256 n, bytes[] memory parts) internal pure returns (bytes memory) {
        return expandMessageXmd(lengthPrefixed(parts), tag, n);
    }

    /// @notice Hs(tag, parts…) = OS2IP(Expand(tag, 48, parts…)) mod r (RFC 9380 hash_to_field, m = 1, L = 48).
    function hashToScalar(bytes memory tag, bytes[] memory parts) internal pure returns (uint256) {
        return hashToScalarRaw(lengthPrefixed(parts), tag);
    }

    /// @notice OS2IP(expand_message_xmd(message, tag, 48)) mod r, for an already length-prefixed message.
    /// @dev Specialised to two SHA-256 blocks of output: the 48-byte integer is b1 ‖ b2[0:16],
    ///      i.e. b1·2^128 + (b2 >> 128), reduced with mulmod/addmod (no MODEXP needed since the
    ///      high part times 2^128 is reduced modulo r directly).
    function hashToScalarRaw(bytes memory message, bytes memory tag) internal pure returns (uint256) {
        if (tag.length > 255) revert TKMSCryptoTagTooLong(tag.length);
        bytes memory dstPrime = abi.encodePacked(tag, uint8(tag.length));
        bytes32 b0 = sha256(abi.encodePacked(bytes32(0), bytes32(0), message, uint16(48), uint8(0), dstPrime));
        bytes32 b1 = sha256(abi.encodePacked(b0, uint8(1), dstPrime));
        bytes32 b2 = sha256(abi.encodePacked(b0 ^ b1, uint8(2), dstPrime));
        return addmod(mulmod(uint256(b1), 1 << 128, R), uint256(b2) >> 128, R);
    }

    // ------------------------------------------------------------------ G1

    /// @notice True when p is the 128-byte encoding of the identity (all zero).
    function isIdentity(bytes memory p) internal pure returns (bool) {
        return p.length == POINT_SIZE && keccak256(p) == keccak256(new bytes(POINT_SIZE));
    }

    /// @notice G1MSM over pairs `point(128) ‖ scalar(32)`; ok is false when the precompile rejects
    ///         an input (bad padding, coordinate ≥ p, off curve, outside the subgroup).
    function g1Msm(bytes memory input, uint256 gasLimit) internal view returns (bool ok, bytes memory out) {
        (ok, out) = G1MSM_PRECOMPILE.staticcall{gas: gasLimit}(input);
        ok = ok && out.length == POINT_SIZE;
    }

    /// @notice s·p through G1MSM (subgroup-checks p). Reverts if p is not a valid G1 point.
    function g1Mul(bytes memory p, uint256 s) internal view returns (bytes memory out) {
        bool ok;
        (ok, out) = g1Msm(abi.encodePacked(p, s), gasleft());
        if (!ok) revert TKMSCryptoPrecompileFailed(G1MSM_PRECOMPILE);
    }

    /// @notice a + b through G1ADD (no subgroup check, on-curve check only). Reverts on invalid input.
    function g1Add(bytes memory a, bytes memory b) internal view returns (bytes memory out) {
        bool ok;
        (ok, out) = G1ADD_PRECOMPILE.staticcall(abi.encodePacked(a, b));
        if (!ok || out.length != POINT_SIZE) revert TKMSCryptoPrecompileFailed(G1ADD_PRECOMPILE);
    }

    /// @notice True iff p is a well-formed, non-identity point of the G1 subgroup.
    /// @dev Uses G1MSM (which subgroup-checks its inputs) with scalar 1.
    function isValidG1NonIdentity(bytes memory p) internal view returns (bool) {
        if (p.length != POINT_SIZE || isIdentity(p)) return false;
        (bool ok,) = g1Msm(abi.encodePacked(p, uint256(1)), G1MSM2_GAS);
        return ok;
    }

    /// @notice RFC 9380 hash_to_field for Fp of BLS12-381 (L = 64, count = 2), each element in
    ///         the 64-byte EIP-2537 field encoding.
    function hashToFieldFp2(bytes memory message, bytes memory dst)
        internal
        view
        returns (bytes memory u0, bytes memory u1)
    {
        bytes memory uniform = expandMessageXmd(message, dst, 128);
        u0 = _reduceModP(_slice(uniform, 0, 64));
        u1 = _reduceModP(_slice(uniform, 64, 64));
    }

    /// @notice RFC 9380 hash_to_curve, suite BLS12381G1_XMD:SHA-256_SSWU_RO_.
    /// @dev MAP_FP_TO_G1 applies the simplified SWU map, the 11-isogeny and cofactor clearing;
    ///      clearing is linear, so clear(map(u0) + map(u1)) = MAP(u0) + MAP(u1).
    function hashToCurveG1(bytes memory message, bytes memory dst) internal view returns (bytes memory) {
        (bytes memory u0, bytes memory u1) = hashToFieldFp2(message, dst);
        return g1Add(_mapFpToG1(u0), _mapFpToG1(u1));
    }

    function _mapFpToG1(bytes memory fp) private view returns (bytes memory out) {
        bool ok;
        (ok, out) = MAP_FP_TO_G1_PRECOMPILE.staticcall(fp);
        if (!ok || out.length != POINT_SIZE) revert TKMSCryptoPrecompileFailed(MAP_FP_TO_G1_PRECOMPILE);
    }

    /// @dev x mod p for a 64-byte x, through MODEXP (x^1 mod p); result in the 64-byte EIP-2537 layout.
    function _reduceModP(bytes memory x) private view returns (bytes memory) {
        (bool ok, bytes memory r) =
            MODEXP_PRECOMPILE.staticcall(abi.encodePacked(uint256(64), uint256(1), uint256(48), x, uint8(1), P_BYTES));
        if (!ok || r.length != 48) revert TKMSCryptoPrecompileFailed(MODEXP_PRECOMPILE);
        return bytes.concat(bytes16(0), r);
    }

    function _slice(bytes memory b, uint256 start, uint256 len) private pure returns (bytes memory out) {
        out = new bytes(len);
        for (uint256 i = 0; i < len; ++i) {
            out[i] = b[start + i];
        }
    }

    // ------------------------------------------------------------------ TDH2

    /// @notice Outcome of a TDH2 ciphertext check.
    enum TDH2Status {
        Valid,
        BadLength, // shorter than 355 bytes, or 355 + ℓ ≠ length
        BadVersion, // first byte is not 0x01
        ScalarOutOfRange, // e ≥ r or z ≥ r
        IdentityPoint, // u or ū is the identity
        InvalidPoint, // u or ū rejected by the precompile (encoding, curve, subgroup)
        ProofMismatch // e ≠ Hs("TKMS-v1/TDH2/e", …)
    }

    /// @notice Version byte of the ciphertext encoding.
    uint8 internal constant TDH2_VERSION = 0x01;
    /// @notice Length of the fixed part of a ciphertext (before the label).
    uint256 internal constant TDH2_FIXED_SIZE = 355;

    /// @notice Checks the encoding of a version-1 TDH2 ciphertext without the precompiles:
    ///         length, version, e and z below r, u and ū not the identity.
    /// @dev Layout: version(1) ‖ c(32) ‖ u(128) ‖ ū(128) ‖ e(32) ‖ z(32) ‖ ℓ(2, BE) ‖ L(ℓ).
    function checkTDH2Encoding(bytes calldata ct) internal pure returns (TDH2Status) {
        if (ct.length < TDH2_FIXED_SIZE) return TDH2Status.BadLength;
        if (ct.length != TDH2_FIXED_SIZE + uint16(bytes2(ct[353:355]))) return TDH2Status.BadLength;
        if (uint8(ct[0]) != TDH2_VERSION) return TDH2Status.BadVersion;
        if (uint256(bytes32(ct[289:321])) >= R || uint256(bytes32(ct[321:353])) >= R) {
            return TDH2Status.ScalarOutOfRange;
        }
        if (_isZeroPoint(ct[33:161]) || _isZeroPoint(ct[161:289])) return TDH2Status.IdentityPoint;
        return TDH2Status.Valid;
    }

    /// @notice The label L of an encoding-checked ciphertext.
    function tdh2Label(bytes calldata ct) internal pure returns (bytes calldata) {
        return ct[TDH2_FIXED_SIZE:];
    }

    /// @notice Full TDH2 validity check: encoding (checkTDH2Encoding), then the proof (verifyTDH2Proof).
    /// @param publicKey The key set public key h (128 bytes, assumed valid).
    function verifyTDH2(bytes memory publicKey, bytes calldata ct) internal view returns (TDH2Status status) {
        status = checkTDH2Encoding(ct);
        if (status == TDH2Status.Valid) status = verifyTDH2Proof(publicKey, ct);
    }

    /// @notice The validity proof of a ciphertext whose encoding passed checkTDH2Encoding:
    ///         w = z·G − e·u and w̄ = z·H − e·ū through G1MSM (which also rejects u or ū outside
    ///         the subgroup, off the curve or badly encoded), then
    ///         e == Hs("TKMS-v1/TDH2/e", enc(h), c, L, enc(u), enc(w), enc(ū), enc(w̄)).
    /// @param publicKey The key set public key h (128 bytes, assumed valid).
    function verifyTDH2Proof(bytes memory publicKey, bytes calldata ct) internal view returns (TDH2Status) {
        uint256 e = uint256(bytes32(ct[289:321]));
        uint256 z = uint256(bytes32(ct[321:353]));
        uint256 negE = R - e; // e < r, so r − e ∈ (0, r]; r·P = O when e = 0.
        (bool ok, bytes memory w) = g1Msm(abi.encodePacked(G, z, ct[33:161], negE), G1MSM2_GAS);
        if (!ok) return TDH2Status.InvalidPoint;
        bytes memory wBar;
        (ok, wBar) = g1Msm(abi.encodePacked(H, z, ct[161:289], negE), G1MSM2_GAS);
        if (!ok) return TDH2Status.InvalidPoint;
        bytes memory message = bytes.concat(_challengePrefix(publicKey, ct), _challengeSuffix(ct, w, wBar));
        if (hashToScalarRaw(message, TAG_TDH2_E) != e) return TDH2Status.ProofMismatch;
        return TDH2Status.Valid;
    }

    /// @dev LP(enc(h), c, L) of the challenge message.
    function _challengePrefix(bytes memory publicKey, bytes calldata ct) private pure returns (bytes memory) {
        bytes calldata label = ct[TDH2_FIXED_SIZE:];
        return abi.encodePacked(uint32(POINT_SIZE), publicKey, uint32(32), ct[1:33], uint32(label.length), label);
    }

    /// @dev LP(enc(u), enc(w), enc(ū), enc(w̄)) of the challenge message.
    function _challengeSuffix(bytes calldata ct, bytes memory w, bytes memory wBar)
        private
        pure
        returns (bytes memory)
    {
        return abi.encodePacked(
            uint32(POINT_SIZE),
            ct[33:161],
            uint32(POINT_SIZE),
            w,
            uint32(POINT_SIZE),
            ct[161:289],
            uint32(POINT_SIZE),
            wBar
        );
    }

    function _isZeroPoint(bytes calldata p) private pure returns (bool) {
        return (uint256(bytes32(p[0:32])) | uint256(bytes32(p[32:64])) | uint256(bytes32(p[64:96]))
                    | uint256(bytes32(p[96:128]))) == 0;
    }
}
