// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {Test} from "forge-std/Test.sol";
import {TKMSCrypto} from "../src/lib/TKMSCrypto.sol";
import {TKMSCryptoHarness} from "./utils/TKMSCryptoHarness.sol";
import {TDH2TestLib} from "./utils/TDH2TestLib.sol";

contract TKMSCryptoTest is Test {
    TKMSCryptoHarness internal h;

    bytes internal constant K1_DST = "QUUX-V01-CS02-with-expander-SHA256-128";
    bytes internal constant J91_DST = "QUUX-V01-CS02-with-BLS12381G1_XMD:SHA-256_SSWU_RO_";
    uint256 internal constant SECRET = 0x2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a;

    function setUp() public {
        h = new TKMSCryptoHarness();
    }

    function _repeat(bytes memory prefix, bytes1 c, uint256 n) internal pure returns (bytes memory out) {
        out = new bytes(n);
        for (uint256 i = 0; i < n; ++i) {
            out[i] = c;
        }
        out = bytes.concat(prefix, out);
    }

    // ---------------------------------------------------------------- RFC 9380 K.1

    /// @dev RFC 9380 Appendix K.1, expand_message_xmd(SHA-256), DST QUUX-V01-CS02-with-expander-SHA256-128,
    ///      len_in_bytes = 0x20.
    function test_ExpandMessageXmd_RFC9380_K1_Len32() public view {
        assertEq(
            h.expandMessageXmd("", K1_DST, 0x20), hex"68a985b87eb6b46952128911f2a4412bbc302a9d759667f87f7a21d803f07235"
        );
        assertEq(
            h.expandMessageXmd("abc", K1_DST, 0x20),
            hex"d8ccab23b5985ccea865c6c97b6e5b8350e794e603b4b97902f53a8a0d605615"
        );
        assertEq(
            h.expandMessageXmd("abcdef0123456789", K1_DST, 0x20),
            hex"eff31487c770a893cfb36f912fbfcbff40d5661771ca4b2cb4eafe524333f5c1"
        );
        assertEq(
            h.expandMessageXmd(_repeat("q128_", "q", 128), K1_DST, 0x20),
            hex"b23a1d2b4d97b2ef7785562a7e8bac7eed54ed6e97e29aa51bfe3f12ddad1ff9"
        );
        assertEq(
            h.expandMessageXmd(_repeat("a512_", "a", 512), K1_DST, 0x20),
            hex"4623227bcc01293b8c130bf771da8c298dede7383243dc0993d2d94823958c4c"
        );
    }

    /// @dev RFC 9380 Appendix K.1, len_in_bytes = 0x80.
    function test_ExpandMessageXmd_RFC9380_K1_Len128() public view {
        assertEq(
            h.expandMessageXmd("", K1_DST, 0x80),
            hex"af84c27ccfd45d41914fdff5df25293e221afc53d8ad2ac06d5e3e29485dadbee0d121587713a3e0dd4d5e69e93eb7cd4f5df4cd103e188cf60cb02edc3edf18eda8576c412b18ffb658e3dd6ec849469b979d444cf7b26911a08e63cf31f9dcc541708d3491184472c2c29bb749d4286b004ceb5ee6b9a7fa5b646c993f0ced"
        );
        assertEq(
            h.expandMessageXmd("abc", K1_DST, 0x80),
            hex"abba86a6129e366fc877aab32fc4ffc70120d8996c88aee2fe4b32d6c7b6437a647e6c3163d40b76a73cf6a5674ef1d890f95b664ee0afa5359a5c4e07985635bbecbac65d747d3d2da7ec2b8221b17b0ca9dc8a1ac1c07ea6a1e60583e2cb00058e77b7b72a298425cd1b941ad4ec65e8afc50303a22c0f99b0509b4c895f40"
        );
        assertEq(
            h.expandMessageXmd("abcdef0123456789", K1_DST, 0x80),
            hex"ef904a29bffc4cf9ee82832451c946ac3c8f8058ae97d8d629831a74c6572bd9ebd0df635cd1f208e2038e760c4994984ce73f0d55ea9f22af83ba4734569d4bc95e18350f740c07eef653cbb9f87910d833751825f0ebefa1abe5420bb52be14cf489b37fe1a72f7de2d10be453b2c9d9eb20c7e3f6edc5a60629178d9478df"
        );
        assertEq(
            h.expandMessageXmd(_repeat("q128_", "q", 128), K1_DST, 0x80),
            hex"80be107d0884f0d881bb460322f0443d38bd222db8bd0b0a5312a6fedb49c1bbd88fd75d8b9a09486c60123dfa1d73c1cc3169761b17476d3c6b7cbbd727acd0e2c942f4dd96ae3da5de368d26b32286e32de7e5a8cb2949f866a0b80c58116b29fa7fabb3ea7d520ee603e0c25bcaf0b9a5e92ec6a1fe4e0391d1cdbce8c68a"
        );
        assertEq(
            h.expandMessageXmd(_repeat("a512_", "a", 512), K1_DST, 0x80),
            hex"546aff5444b5b79aa6148bd81728704c32decb73a3ba76e9e75885cad9def1d06d6792f8a7d12794e90efed817d96920d728896a4510864370c207f99bd4a608ea121700ef01ed879745ee3e4ceef777eda6d9e5e38b90c86ea6fb0b36504ba4a45d22e86f6db5dd43d98a294bebb9125d5b794e9d2a81181066eb954966a487"
        );
    }

    function test_RevertWhen_ExpandLengthZero() public {
        vm.expectRevert(abi.encodeWithSelector(TKMSCrypto.TKMSCryptoInvalidExpandLength.selector, 0));
        h.expandMessageXmd("abc", K1_DST, 0);
    }

    function test_RevertWhen_ExpandLengthAbove8160() public {
        vm.expectRevert(abi.encodeWithSelector(TKMSCrypto.TKMSCryptoInvalidExpandLength.selector, 8161));
        h.expandMessageXmd("abc", K1_DST, 8161);
    }

    function test_RevertWhen_ExpandTagTooLong() public {
        bytes memory dst = new bytes(256);
        vm.expectRevert(abi.encodeWithSelector(TKMSCrypto.TKMSCryptoTagTooLong.selector, 256));
        h.expandMessageXmd("abc", dst, 32);
    }

    function test_RevertWhen_HashToScalarTagTooLong() public {
        vm.expectRevert(abi.encodeWithSelector(TKMSCrypto.TKMSCryptoTagTooLong.selector, 300));
        h.hashToScalar(new bytes(300), new bytes[](0));
    }

    function test_ExpandMessageXmd_LongestOutput() public view {
        assertEq(h.expandMessageXmd("abc", K1_DST, 8160).length, 8160);
    }

    /// @dev Lengths that are not a multiple of 32 (48 is the hash_to_field length), against
    ///      gnark-crypto's ExpandMsgXmd (an independent implementation).
    function test_ExpandMessageXmd_PartialBlockLengths() public view {
        assertEq(
            h.expandMessageXmd("abc", K1_DST, 48),
            hex"2b877f5f0dfd881405426c6b87b39205ef53a548b0e4d567fc007cb37c6fa1f3b19f42871efefca518ac950c27ac4e28"
        );
        assertEq(
            h.expandMessageXmd("abc", K1_DST, 33),
            hex"b9f1dc180d720f9a6591fd3026d341f10f714b50277b71df7f2db395db1229b0a1"
        );
    }

    // ---------------------------------------------------------------- LP, Hs

    function test_LengthPrefixed_Encoding() public view {
        bytes[] memory parts = new bytes[](3);
        parts[0] = hex"aabb";
        parts[1] = "";
        parts[2] = hex"cc";
        assertEq(h.lengthPrefixed(parts), hex"00000002aabb0000000000000001cc");
        assertEq(h.lengthPrefixed(new bytes[](0)), "");
    }

    /// @dev Hs via the specialised two-block path equals OS2IP(expand(…, 48)) mod r computed
    ///      with the generic expander and the MODEXP precompile.
    function testFuzz_HashToScalar_MatchesGenericReduction(bytes memory a, bytes memory b) public view {
        bytes[] memory parts = new bytes[](2);
        parts[0] = a;
        parts[1] = b;
        bytes memory uniform = h.expand(TKMSCrypto.TAG_TDH2_E, 48, parts);
        (bool ok, bytes memory reduced) = address(0x05)
            .staticcall(abi.encodePacked(uint256(48), uint256(1), uint256(32), uniform, uint8(1), TKMSCrypto.R));
        assertTrue(ok);
        uint256 scalar = h.hashToScalar(TKMSCrypto.TAG_TDH2_E, parts);
        assertEq(scalar, uint256(bytes32(reduced)));
        assertLt(scalar, TKMSCrypto.R);
    }

    // ---------------------------------------------------------------- hash_to_curve and generators

    /// @dev RFC 9380 Appendix J.9.1 (BLS12381G1_XMD:SHA-256_SSWU_RO_), msg "" and "abc".
    function test_HashToCurveG1_RFC9380_J91() public view {
        assertEq(
            h.hashToCurveG1("", J91_DST),
            hex"00000000000000000000000000000000052926add2207b76ca4fa57a8734416c8dc95e24501772c814278700eed6d1e4e8cf62d9c09db0fac349612b759e79a10000000000000000000000000000000008ba738453bfed09cb546dbb0783dbb3a5f1f566ed67bb6be0e8c67e2e81a4cc68ee29813bb7994998f3eae0c9c6a265"
        );
        assertEq(
            h.hashToCurveG1("abc", J91_DST),
            hex"0000000000000000000000000000000003567bc5ef9c690c2ab2ecdf6a96ef1c139cc0b2f284dca0a9a7943388a49a3aee664ba5379a7655d3c68900be2f6903000000000000000000000000000000000b9c15f3fe6e5cf4211f346271d7b01c8f3b28be689c8429c85b67af215533311f0b8dfaaa154fa6b88176c229f2885d"
        );
    }

    function test_SecondGeneratorMatchesDefinition() public view {
        assertEq(h.hashToCurveG1(TKMSCrypto.SECOND_GENERATOR_MESSAGE, TKMSCrypto.TAG_SECOND_GENERATOR), TKMSCrypto.H);
    }

    function test_GeneratorsAreValidPoints() public view {
        assertTrue(h.isValidG1NonIdentity(TKMSCrypto.G));
        assertTrue(h.isValidG1NonIdentity(TKMSCrypto.H));
        // r·G = O
        assertTrue(TKMSCrypto.isIdentity(TKMSCrypto.g1Mul(TKMSCrypto.G, TKMSCrypto.R)));
    }

    function test_IsValidG1NonIdentity_RejectsBadPoints() public view {
        assertFalse(h.isValidG1NonIdentity(new bytes(128)), "identity");
        assertFalse(h.isValidG1NonIdentity(new bytes(127)), "short");
        bytes memory offCurve = TKMSCrypto.G;
        offCurve = bytes.concat(offCurve); // copy
        offCurve[127] = bytes1(uint8(offCurve[127]) ^ 1);
        assertFalse(h.isValidG1NonIdentity(offCurve), "off curve");
        bytes memory badPadding = bytes.concat(TKMSCrypto.G);
        badPadding[0] = 0x01;
        assertFalse(h.isValidG1NonIdentity(badPadding), "padding");
    }

    function test_RevertWhen_G1MulOfInvalidPoint() public {
        bytes memory p = new bytes(128);
        p[127] = 0x02; // (0, 2): on the curve, outside G1
        vm.expectRevert(abi.encodeWithSelector(TKMSCrypto.TKMSCryptoPrecompileFailed.selector, address(0x0c)));
        h.g1Mul(p, 5);
    }

    function test_RevertWhen_G1AddOfPointOffCurve() public {
        bytes memory p = new bytes(128);
        p[127] = 0x01; // (0, 1) is not on y² = x³ + 4
        vm.expectRevert(abi.encodeWithSelector(TKMSCrypto.TKMSCryptoPrecompileFailed.selector, address(0x0b)));
        h.g1Add(TKMSCrypto.G, p);
    }

    function test_G1Add_GPlusG() public view {
        assertEq(h.g1Add(TKMSCrypto.G, TKMSCrypto.G), TKMSCrypto.g1Mul(TKMSCrypto.G, 2));
    }

    // ---------------------------------------------------------------- TDH2

    function _pk() internal view returns (bytes memory) {
        return TKMSCrypto.g1Mul(TKMSCrypto.G, SECRET);
    }

    function testFuzz_TDH2_EncryptVerifyDecrypt(bytes32 m, bytes memory label, uint256 r, uint256 s) public view {
        r = bound(r, 1, TKMSCrypto.R - 1);
        s = bound(s, 1, TKMSCrypto.R - 1);
        label = _truncate(label, 300);
        bytes memory pk = _pk();
        bytes memory ct = TDH2TestLib.encrypt(pk, m, label, r, s);
        assertEq(ct.length, 355 + label.length);
        assertEq(uint8(h.verifyTDH2(pk, ct)), uint8(TKMSCrypto.TDH2Status.Valid));
        assertEq(h.label(ct), label);
        assertEq(TDH2TestLib.decrypt(SECRET, ct), m);
    }

    /// @dev Flipping any bit of the fixed part (except u/ū padding which the precompile rejects,
    ///      both giving an invalid status) or of the label makes the ciphertext invalid.
    function testFuzz_TDH2_AnyBitFlipInvalidates(uint256 seed, uint256 position, uint8 bit) public view {
        bytes memory pk = _pk();
        bytes memory ct =
            TDH2TestLib.encrypt(pk, bytes32(seed), "label", bound(seed, 1, 1e30), bound(seed >> 7, 1, 1e30));
        position = bound(position, 0, ct.length - 1);
        ct[position] = bytes1(uint8(ct[position]) ^ uint8(1 << (bit % 8)));
        assertTrue(h.verifyTDH2(pk, ct) != TKMSCrypto.TDH2Status.Valid);
    }

    function test_TDH2_WrongPublicKeyInvalidates() public view {
        bytes memory ct = TDH2TestLib.encrypt(_pk(), bytes32(uint256(7)), "L", 11, 13);
        bytes memory other = TKMSCrypto.g1Mul(TKMSCrypto.G, SECRET + 1);
        assertEq(uint8(h.verifyTDH2(other, ct)), uint8(TKMSCrypto.TDH2Status.ProofMismatch));
    }

    function test_TDH2_EncodingStatuses() public view {
        bytes memory pk = _pk();
        bytes memory ct = TDH2TestLib.encrypt(pk, bytes32(uint256(7)), "L", 11, 13);

        assertEq(uint8(h.checkEncoding(new bytes(354))), uint8(TKMSCrypto.TDH2Status.BadLength), "short");
        assertEq(uint8(h.checkEncoding(bytes.concat(ct, hex"00"))), uint8(TKMSCrypto.TDH2Status.BadLength), "long");

        bytes memory v = bytes.concat(ct);
        v[0] = 0x02;
        assertEq(uint8(h.checkEncoding(v)), uint8(TKMSCrypto.TDH2Status.BadVersion), "version");

        bytes memory e = bytes.concat(ct);
        _writeWord(e, 289, TKMSCrypto.R);
        assertEq(uint8(h.checkEncoding(e)), uint8(TKMSCrypto.TDH2Status.ScalarOutOfRange), "e = r");

        bytes memory z = bytes.concat(ct);
        _writeWord(z, 321, type(uint256).max);
        assertEq(uint8(h.checkEncoding(z)), uint8(TKMSCrypto.TDH2Status.ScalarOutOfRange), "z max");

        bytes memory u = bytes.concat(ct);
        for (uint256 i = 33; i < 161; ++i) {
            u[i] = 0;
        }
        assertEq(uint8(h.checkEncoding(u)), uint8(TKMSCrypto.TDH2Status.IdentityPoint), "u identity");

        bytes memory uBar = bytes.concat(ct);
        for (uint256 i = 161; i < 289; ++i) {
            uBar[i] = 0;
        }
        assertEq(uint8(h.checkEncoding(uBar)), uint8(TKMSCrypto.TDH2Status.IdentityPoint), "ubar identity");

        bytes memory offCurve = bytes.concat(ct);
        offCurve[160] = bytes1(uint8(offCurve[160]) ^ 1);
        assertEq(uint8(h.checkEncoding(offCurve)), uint8(TKMSCrypto.TDH2Status.Valid), "encoding does not see curves");
        assertEq(uint8(h.verifyTDH2(pk, offCurve)), uint8(TKMSCrypto.TDH2Status.InvalidPoint), "off curve");
    }

    /// @dev A point on the curve but outside the r-order subgroup is rejected by G1MSM.
    function test_TDH2_RejectsPointOutsideSubgroup() public view {
        bytes memory pk = _pk();
        bytes memory ct = TDH2TestLib.encrypt(pk, bytes32(uint256(7)), "L", 11, 13);
        // (x, y) = (0, 2) is on y² = x³ + 4 but not in G1 (the cofactor is not 1).
        bytes memory p = new bytes(128);
        p[127] = 0x02;
        for (uint256 i = 0; i < 128; ++i) {
            ct[33 + i] = p[i];
        }
        assertEq(uint8(h.verifyTDH2(pk, ct)), uint8(TKMSCrypto.TDH2Status.InvalidPoint));
    }

    function _writeWord(bytes memory b, uint256 offset, uint256 value) internal pure {
        for (uint256 i = 0; i < 32; ++i) {
            b[offset + i] = bytes1(uint8(value >> (8 * (31 - i))));
        }
    }

    function _truncate(bytes memory b, uint256 max) internal pure returns (bytes memory) {
        if (b.length <= max) return b;
        bytes memory out = new bytes(max);
        for (uint256 i = 0; i < max; ++i) {
            out[i] = b[i];
        }
        return out;
    }
}
