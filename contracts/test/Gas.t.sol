// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {console} from "forge-std/console.sol";
import {TKMSTestBase} from "./utils/TKMSTestBase.sol";
import {ACL} from "../src/ACL.sol";
import {KMSVerifier} from "../src/KMSVerifier.sol";
import {InputVerifier} from "../src/InputVerifier.sol";
import {DecryptionOracle} from "../src/DecryptionOracle.sol";
import {IDecryptionOracle} from "../src/interfaces/IDecryptionOracle.sol";
import {TKMSCrypto} from "../src/lib/TKMSCrypto.sol";

/// @notice A dApp whose callback does nothing, so that fulfilment gas is the oracle's own.
contract GasSink {
    function onResult(uint256, bytes calldata) external {}

    function request(DecryptionOracle oracle, bytes32[] calldata handles) external payable returns (uint256) {
        return oracle.requestDecryption{value: msg.value}(handles, this.onResult.selector, 50_000, 1 days);
    }
}

/// @notice Gas of the host-chain operations (docs/BENCHMARKS.md, "Host contracts (gas)").
///         Every measured call is the first of its test, so its storage and accounts are
///         cold, as in a real transaction. Figures are the call's execution gas
///         (vm.lastCallGas); a transaction adds 21,000 plus calldata, also logged.
///         Each test asserts its budget, so a regression fails CI.
contract GasTest is TKMSTestBase {
    struct Suite {
        KMSVerifier verifier;
        DecryptionOracle oracle;
        uint256[] keys;
        uint16 threshold;
        uint256 requestId;
    }

    uint16[4] internal thresholds = [uint16(2), 3, 7, 13];
    mapping(uint16 => Suite) internal suites;

    GasSink internal sink;
    bytes32 internal handle;
    bytes internal inputCt;
    InputVerifier internal laxVerifier;
    ACL internal laxAcl;
    address internal dapp = makeAddr("dapp");
    address internal user = makeAddr("user");
    bytes internal constant CLEARTEXTS = abi.encode(bytes32(uint256(0x1234)));
    uint256 internal constant BATCH = 32;
    uint256[] internal batchIds;

    function setUp() public {
        vm.warp(1_700_000_000);
        _deploySuite(4, 2, true);
        sink = new GasSink();
        vm.deal(address(sink), 10 ether);
        vm.deal(relayer, 1 ether); // relayers hold ETH: no new-account surcharge on the payout
        handle = keccak256("gas handle");
        vm.prank(address(inputVerifier));
        acl.allowForInput(handle, user, address(sink), EPOCH);

        for (uint256 i = 0; i < thresholds.length; ++i) {
            uint16 t = thresholds[i];
            (address[] memory addrs, uint256[] memory keys) =
                _makeSigners(string.concat("t", vm.toString(t), "-"), 3 * t - 2);
            Suite storage s = suites[t];
            s.verifier = new KMSVerifier(EPOCH, EPOCH, addrs, t, MIN_ROTATION_DELAY);
            s.oracle = new DecryptionOracle(owner, acl, s.verifier, BASE_FEE, PER_HANDLE_FEE, PER_GAS_FEE);
            s.keys = keys;
            s.threshold = t;
            s.requestId = sink.request{value: s.oracle.requestFee(1, 50_000)}(s.oracle, _single(handle));
        }

        inputCt = _encryptInput(bytes32(uint256(42)), dapp, user, 7);
        address predicted = vm.computeCreateAddress(address(this), vm.getNonce(address(this)) + 1);
        laxAcl = new ACL(predicted);
        laxVerifier = new InputVerifier(laxAcl, verifier, EPOCH, publicKey, false);

        // A batch of BATCH requests on the 2-of-4 suite's oracle, one handle each.
        for (uint256 i = 0; i < BATCH; ++i) {
            batchIds.push(sink.request{value: oracle.requestFee(1, 50_000)}(oracle, _single(handle)));
        }
        // Steady state: relayers hold a credit, so crediting them changes a non-zero slot (as
        // paying them used to need no new-account surcharge). One earlier fulfilment per oracle.
        _creditRelayer(oracle, 2, signerKeys);
        for (uint256 i = 0; i < thresholds.length; ++i) {
            Suite storage s = suites[thresholds[i]];
            _creditRelayer(s.oracle, s.threshold, s.keys);
        }
    }

    function _creditRelayer(DecryptionOracle o, uint16 t, uint256[] memory keys) internal {
        uint256 id = sink.request{value: o.requestFee(1, 50_000)}(o, _single(handle));
        bytes32 d = _resultDigest(address(o), EPOCH, id, _single(handle), CLEARTEXTS, relayer);
        bytes memory sigs;
        for (uint256 i = 0; i < t; ++i) {
            (uint8 v, bytes32 r, bytes32 sig) = vm.sign(keys[keys.length == signerKeys.length ? i : 3 * i], d);
            sigs = bytes.concat(sigs, abi.encodePacked(r, sig, v));
        }
        o.fulfill(id, CLEARTEXTS, relayer, sigs);
    }

    function _calldataGas(bytes memory data) internal pure returns (uint256 g) {
        for (uint256 i = 0; i < data.length; ++i) {
            g += data[i] == 0 ? 4 : 16;
        }
    }

    function _report(string memory what, uint256 callGas, bytes memory data) internal pure {
        console.log(what);
        console.log("  call gas:", callGas);
        console.log("  tx gas (21000 + calldata + call):", 21_000 + _calldataGas(data) + callGas);
    }

    function _signatures(Suite storage s, bytes32 digest) internal view returns (bytes memory sigs) {
        // Signers in reverse order: order does not matter.
        for (uint256 i = s.threshold; i > 0; --i) {
            (uint8 v, bytes32 r, bytes32 sig) = vm.sign(s.keys[3 * i - 3], digest);
            sigs = bytes.concat(sigs, abi.encodePacked(r, sig, v));
        }
    }

    function _fulfil(uint16 t) internal returns (uint256 callGas) {
        Suite storage s = suites[t];
        bytes memory sigs =
            _signatures(s, _resultDigest(address(s.oracle), EPOCH, s.requestId, _single(handle), CLEARTEXTS, relayer));
        vm.prank(relayer);
        s.oracle.fulfill(s.requestId, CLEARTEXTS, relayer, sigs);
        callGas = vm.lastCallGas().gasTotalUsed;
        _report(
            string.concat("fulfill, 1 handle, ", vm.toString(t), " signatures"),
            callGas,
            abi.encodeCall(DecryptionOracle.fulfill, (s.requestId, CLEARTEXTS, relayer, sigs))
        );
    }

    function _verify(uint16 t) internal view returns (uint256 callGas) {
        Suite storage s = suites[t];
        bytes32 digest = keccak256(abi.encode("digest", t));
        bytes memory sigs = _signatures(s, digest);
        s.verifier.verify(digest, sigs);
        callGas = vm.lastCallGas().gasTotalUsed;
        _report(
            string.concat("KMSVerifier.verify, ", vm.toString(t), " signatures"),
            callGas,
            abi.encodeCall(KMSVerifier.verify, (digest, sigs))
        );
    }

    /// @dev Budget of a signature set: ~10k + ~6.5k per required signature, whatever the set size.
    function _verifyBudget(uint16 t) internal pure returns (uint256) {
        return 10_000 + 6_500 * uint256(t);
    }

    function test_Gas_Verify2of4() public view {
        assertLe(_verify(2), _verifyBudget(2));
    }

    function test_Gas_Verify3of7() public view {
        assertLe(_verify(3), _verifyBudget(3));
    }

    function test_Gas_Verify7of19() public view {
        assertLe(_verify(7), _verifyBudget(7));
    }

    function test_Gas_Verify13of37() public view {
        assertLe(_verify(13), _verifyBudget(13));
    }

    /// @dev Fulfilment = signature set + the oracle's own work (digest, status, event,
    ///      callback, payout), the latter independent of the set.
    function test_Gas_Fulfill2Signatures() public {
        assertLe(_fulfil(2), _verifyBudget(2) + 45_000);
    }

    function test_Gas_Fulfill3Signatures() public {
        assertLe(_fulfil(3), _verifyBudget(3) + 45_000);
    }

    function test_Gas_Fulfill7Signatures() public {
        assertLe(_fulfil(7), _verifyBudget(7) + 45_000);
    }

    function test_Gas_Fulfill13Signatures() public {
        assertLe(_fulfil(13), _verifyBudget(13) + 45_000);
    }

    /// @dev One signature set for BATCH results (ADR 0008): every request of the batch
    ///      checked against the signed list, each callback isolated, one credit to the payee.
    ///      Target: at most 15k gas per request, transaction included (21,000 + calldata + call).
    function test_Gas_FulfillBatch32() public {
        IDecryptionOracle.Result[] memory rs = new IDecryptionOracle.Result[](BATCH);
        for (uint256 i = 0; i < BATCH; ++i) {
            rs[i] =
                IDecryptionOracle.Result(batchIds[i], _single(handle), abi.encode(keccak256(abi.encode(i))), relayer);
        }
        bytes memory sigs = _signFirst(_batchDigest(address(oracle), EPOCH, rs), 2);
        (uint256[] memory ids, address[] memory payees, bytes memory cts) = _flatten(rs);
        oracle.fulfillBatch(EPOCH, ids, payees, cts, sigs);
        uint256 callGas = vm.lastCallGas().gasTotalUsed;
        bytes memory data = abi.encodeCall(DecryptionOracle.fulfillBatch, (EPOCH, ids, payees, cts, sigs));
        _report("fulfillBatch, 32 requests of 1 handle, 2 signatures", callGas, data);
        uint256 perRequest = (21_000 + _calldataGas(data) + callGas) / BATCH;
        console.log("  per request (tx gas / 32):", perRequest);
        assertEq(oracle.owedTo(relayer), (BATCH + 1) * oracle.requestFee(1, 50_000));
        assertLe(perRequest, 15_000);
    }

    function test_Gas_Rotate2of4To4() public {
        (address[] memory next,) = _makeSigners("next", 4);
        bytes memory sigs = _signFirst(_rotationDigest(address(verifier), EPOCH + 1, next, 2, EPOCH), 2);
        vm.warp(block.timestamp + MIN_ROTATION_DELAY);
        verifier.rotate(EPOCH + 1, next, 2, EPOCH, sigs);
        uint256 callGas = vm.lastCallGas().gasTotalUsed;
        _report(
            "rotate, 2 of 4 signatures, new set of 4",
            callGas,
            abi.encodeCall(KMSVerifier.rotate, (EPOCH + 1, next, 2, EPOCH, sigs))
        );
        // Two fresh slots per signer (mapping + list) dominate.
        assertLe(callGas, 260_000);
    }

    function test_Gas_RequestDecryption1Handle() public {
        // The fee formula written out, so that the measured call stays the test's first.
        uint256 fee = BASE_FEE + PER_HANDLE_FEE + uint256(PER_GAS_FEE) * (50_000 + 2 * 22_100);
        bytes32[] memory hs = _single(handle);
        vm.prank(address(sink));
        oracle.requestDecryption{value: fee}(hs, GasSink.onResult.selector, 50_000, 1 days);
        uint256 callGas = vm.lastCallGas().gasTotalUsed;
        _report(
            "requestDecryption, 1 handle",
            callGas,
            abi.encodeCall(DecryptionOracle.requestDecryption, (hs, GasSink.onResult.selector, 50_000, 1 days))
        );
        assertLe(callGas, 120_000);
    }

    function test_Gas_VerifyInputWithProofCheck() public {
        bytes memory ct = inputCt;
        vm.prank(dapp);
        inputVerifier.verifyInput(ct, user);
        uint256 callGas = vm.lastCallGas().gasTotalUsed;
        _report(
            "verifyInput, on-chain TDH2 proof check", callGas, abi.encodeCall(InputVerifier.verifyInput, (ct, user))
        );
        // Includes the handle's key epoch (a fresh ACL slot, 22.1k) and the key-lag check.
        assertLe(callGas, 160_000);
    }

    function test_Gas_VerifyInputWithoutProofCheck() public {
        bytes memory ct = inputCt;
        vm.prank(dapp);
        laxVerifier.verifyInput(ct, user);
        uint256 callGas = vm.lastCallGas().gasTotalUsed;
        _report("verifyInput, encoding and label only", callGas, abi.encodeCall(InputVerifier.verifyInput, (ct, user)));
        assertLe(callGas, 100_000);
    }
}

/// @notice Verification cost does not depend on the size of the set: 2 of 301 signers.
contract GasLargeSetTest is TKMSTestBase {
    KMSVerifier internal big;
    uint256[] internal keys;

    function setUp() public {
        (address[] memory addrs, uint256[] memory k) = _makeSigners("big", 301);
        keys = k;
        big = new KMSVerifier(EPOCH, EPOCH, addrs, 2, MIN_ROTATION_DELAY);
    }

    function test_Gas_Verify2of301() public view {
        bytes32 digest = keccak256("digest");
        uint256[] memory idx = new uint256[](2);
        (idx[0], idx[1]) = (300, 7); // indices in two different bitmap words
        bytes memory sigs = _sign(digest, keys, idx);
        big.verify(digest, sigs);
        uint256 callGas = vm.lastCallGas().gasTotalUsed;
        console.log("KMSVerifier.verify, 2 of 301 signers");
        console.log("  call gas:", callGas);
        assertLe(callGas, 10_000 + 6_500 * 2);
    }
}
