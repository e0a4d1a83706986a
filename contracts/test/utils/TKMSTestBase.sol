// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {Test} from "forge-std/Test.sol";
import {ACL} from "../../src/ACL.sol";
import {KMSVerifier} from "../../src/KMSVerifier.sol";
import {InputVerifier} from "../../src/InputVerifier.sol";
import {DecryptionOracle} from "../../src/DecryptionOracle.sol";
import {IDecryptionOracle} from "../../src/interfaces/IDecryptionOracle.sol";
import {TKMSCrypto} from "../../src/lib/TKMSCrypto.sol";
import {TDH2TestLib} from "./TDH2TestLib.sol";

/// @notice Shared fixture: signer keys, EIP-712 signing, and a deployed suite.
abstract contract TKMSTestBase is Test {
    uint64 internal constant EPOCH = 1;
    uint64 internal constant MIN_ROTATION_DELAY = 1 hours;
    uint128 internal constant BASE_FEE = 0.001 ether;
    uint128 internal constant PER_HANDLE_FEE = 0.0001 ether;
    uint128 internal constant PER_GAS_FEE = 1 gwei;
    /// @dev The test key set's secret (never exists in production).
    uint256 internal constant KEY_SECRET = 0x1234567890abcdef1234567890abcdef1234567890abcdef1234567890abcdef;

    bytes32 internal constant EIP712_DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");

    address internal owner = makeAddr("owner");
    address internal relayer = makeAddr("relayer");

    uint256[] internal signerKeys;
    address[] internal signerAddrs;

    ACL internal acl;
    KMSVerifier internal verifier;
    InputVerifier internal inputVerifier;
    DecryptionOracle internal oracle;
    bytes internal publicKey;

    /// @dev Creates `n` signers named by `tag`, sorted by nothing in particular.
    function _makeSigners(string memory tag, uint256 n)
        internal
        returns (address[] memory addrs, uint256[] memory keys)
    {
        addrs = new address[](n);
        keys = new uint256[](n);
        for (uint256 i = 0; i < n; ++i) {
            (addrs[i], keys[i]) = makeAddrAndKey(string.concat(tag, vm.toString(i)));
        }
    }

    function _deploySuite(uint256 n, uint16 threshold, bool proofCheck) internal {
        (address[] memory addrs, uint256[] memory keys) = _makeSigners("signer", n);
        signerAddrs = addrs;
        signerKeys = keys;
        verifier = new KMSVerifier(EPOCH, EPOCH, addrs, threshold, MIN_ROTATION_DELAY);
        publicKey = TKMSCrypto.g1Mul(TKMSCrypto.G, KEY_SECRET);
        address predicted = vm.computeCreateAddress(address(this), vm.getNonce(address(this)) + 1);
        acl = new ACL(predicted);
        inputVerifier = new InputVerifier(acl, verifier, EPOCH, publicKey, proofCheck);
        assertEq(address(inputVerifier), predicted, "InputVerifier address prediction");
        oracle = new DecryptionOracle(owner, acl, verifier, BASE_FEE, PER_HANDLE_FEE, PER_GAS_FEE);
    }

    /// @dev Packs r ‖ s ‖ v signatures of `digest` by the keys at `idx`.
    function _sign(bytes32 digest, uint256[] memory keys, uint256[] memory idx)
        internal
        pure
        returns (bytes memory sigs)
    {
        for (uint256 i = 0; i < idx.length; ++i) {
            (uint8 v, bytes32 r, bytes32 s) = vm.sign(keys[idx[i]], digest);
            sigs = bytes.concat(sigs, abi.encodePacked(r, s, v));
        }
    }

    /// @dev Signatures of the first `count` current signers.
    function _signFirst(bytes32 digest, uint256 count) internal view returns (bytes memory) {
        uint256[] memory idx = new uint256[](count);
        for (uint256 i = 0; i < count; ++i) {
            idx[i] = i;
        }
        return _sign(digest, signerKeys, idx);
    }

    /// @dev The address the i-th packed signature recovers to for `digest` (what the verifier sees).
    function _recoverAt(bytes32 digest, bytes memory sigs, uint256 i) internal pure returns (address) {
        bytes32 r;
        bytes32 s;
        uint8 v;
        assembly ("memory-safe") {
            let p := add(add(sigs, 0x20), mul(i, 65))
            r := mload(p)
            s := mload(add(p, 0x20))
            v := byte(0, mload(add(p, 0x40)))
        }
        return ecrecover(digest, v, r, s);
    }

    function _domainSeparator(address verifyingContract) internal view returns (bytes32) {
        return keccak256(
            abi.encode(EIP712_DOMAIN_TYPEHASH, keccak256("TKMS"), keccak256("1"), block.chainid, verifyingContract)
        );
    }

    bytes32 internal constant RESULT_TYPEHASH =
        keccak256("DecryptionResult(uint256 requestId,bytes32[] handles,bytes cleartexts,address payee)");
    bytes32 internal constant BATCH_TYPEHASH = keccak256(
        "DecryptionResultBatch(uint64 signerEpoch,DecryptionResult[] results)"
        "DecryptionResult(uint256 requestId,bytes32[] handles,bytes cleartexts,address payee)"
    );

    /// @dev EIP-712 digest of a batch of one result, computed independently of the oracle.
    function _resultDigest(
        address oracleAddr,
        uint64 signerEpoch,
        uint256 requestId,
        bytes32[] memory handles,
        bytes memory cleartexts,
        address payee
    ) internal view returns (bytes32) {
        IDecryptionOracle.Result[] memory rs = new IDecryptionOracle.Result[](1);
        rs[0] = IDecryptionOracle.Result(requestId, handles, cleartexts, payee);
        return _batchDigest(oracleAddr, signerEpoch, rs);
    }

    /// @dev EIP-712 DecryptionResultBatch digest computed independently of the oracle.
    function _batchDigest(address oracleAddr, uint64 signerEpoch, IDecryptionOracle.Result[] memory rs)
        internal
        view
        returns (bytes32)
    {
        bytes memory leaves;
        for (uint256 i = 0; i < rs.length; ++i) {
            leaves = bytes.concat(
                leaves,
                keccak256(
                    abi.encode(
                        RESULT_TYPEHASH,
                        rs[i].requestId,
                        keccak256(abi.encodePacked(rs[i].handles)),
                        keccak256(rs[i].cleartexts),
                        rs[i].payee
                    )
                )
            );
        }
        bytes32 structHash = keccak256(abi.encode(BATCH_TYPEHASH, signerEpoch, keccak256(leaves)));
        return keccak256(abi.encodePacked(hex"1901", _domainSeparator(oracleAddr), structHash));
    }

    /// @dev fulfillBatch's arguments for `rs`: ids, payees, concatenated cleartexts.
    function _flatten(IDecryptionOracle.Result[] memory rs)
        internal
        pure
        returns (uint256[] memory ids, address[] memory payees, bytes memory cts)
    {
        ids = new uint256[](rs.length);
        payees = new address[](rs.length);
        for (uint256 i = 0; i < rs.length; ++i) {
            (ids[i], payees[i]) = (rs[i].requestId, rs[i].payee);
            cts = bytes.concat(cts, rs[i].cleartexts);
        }
    }

    /// @dev EIP-712 SignerSetUpdate digest computed independently of the verifier.
    function _rotationDigest(
        address verifierAddr,
        uint64 epoch,
        address[] memory signers,
        uint16 threshold,
        uint64 keyEpoch
    ) internal view returns (bytes32) {
        bytes32 structHash = keccak256(
            abi.encode(
                keccak256("SignerSetUpdate(uint64 epoch,address[] signers,uint16 threshold,uint64 keyEpoch)"),
                epoch,
                keccak256(abi.encodePacked(signers)),
                threshold,
                keyEpoch
            )
        );
        return keccak256(abi.encodePacked(hex"1901", _domainSeparator(verifierAddr), structHash));
    }

    /// @dev A valid ciphertext of `m` for (`contractAddress`, `user`) on this chain.
    function _encryptInput(bytes32 m, address contractAddress, address user, uint256 seed)
        internal
        view
        returns (bytes memory)
    {
        uint256 r = bound(uint256(keccak256(abi.encode("r", seed))), 1, TKMSCrypto.R - 1);
        uint256 s = bound(uint256(keccak256(abi.encode("s", seed))), 1, TKMSCrypto.R - 1);
        return TDH2TestLib.encrypt(publicKey, m, TDH2TestLib.inputLabel(block.chainid, contractAddress, user), r, s);
    }

    function _single(bytes32 h) internal pure returns (bytes32[] memory a) {
        a = new bytes32[](1);
        a[0] = h;
    }
}
