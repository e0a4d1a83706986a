// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {Test, Vm} from "forge-std/Test.sol";
import {TKMSTestBase} from "../utils/TKMSTestBase.sol";
import {MockRequester} from "../utils/MockRequester.sol";
import {DecryptionOracle} from "../../src/DecryptionOracle.sol";
import {IDecryptionOracle} from "../../src/interfaces/IDecryptionOracle.sol";

/// @notice Requests, fulfils (singly, in batches, twice, with bad signatures), refunds and
///         lets time pass; counts DecryptionFulfilled events per request as ghost state.
contract DecryptionOracleHandler is Test {
    DecryptionOracle public immutable oracle;
    MockRequester public immutable dapp;
    address public immutable relayer;
    bytes32[] internal pool;
    uint256[] internal keys;
    uint256 internal immutable threshold;

    uint256[] public ids;
    mapping(uint256 => bytes32[]) internal handlesOf;
    mapping(uint256 => uint256) public fulfilments;
    uint256 public totalFulfilments;
    uint256 public paidToRelayer;
    uint256 public refunded;
    uint256 public collected;
    uint256 public badSignaturesAccepted;

    constructor(
        DecryptionOracle oracle_,
        MockRequester dapp_,
        address relayer_,
        bytes32[] memory pool_,
        uint256[] memory keys_,
        uint256 threshold_
    ) {
        oracle = oracle_;
        dapp = dapp_;
        relayer = relayer_;
        pool = pool_;
        keys = keys_;
        threshold = threshold_;
    }

    function idCount() external view returns (uint256) {
        return ids.length;
    }

    function request(uint256 n, uint256 delay, bool failingCallback) external {
        n = bound(n, 1, pool.length);
        bytes32[] memory hs = new bytes32[](n);
        for (uint256 i = 0; i < n; ++i) {
            hs[i] = pool[(i * 7 + delay % pool.length) % pool.length];
        }
        dapp.setMode(failingCallback ? MockRequester.Mode.Revert : MockRequester.Mode.Ok);
        uint256 fee = oracle.requestFee(n);
        uint256 id = dapp.request{value: fee}(hs, dapp.onResult.selector, 200_000, uint64(bound(delay, 1, 2 hours)));
        ids.push(id);
        handlesOf[id] = hs;
        collected += fee;
    }

    function _cleartexts(uint256 id) internal view returns (bytes memory c) {
        for (uint256 i = 0; i < handlesOf[id].length; ++i) {
            c = bytes.concat(c, keccak256(abi.encode(id, i)));
        }
    }

    function _sigs(uint256 id, bytes memory c, bool corrupt) internal view returns (bytes memory sigs) {
        bytes32 d = oracle.decryptionResultDigest(id, handlesOf[id], c, 1);
        if (corrupt) d = keccak256(abi.encode(d));
        for (uint256 i = 0; i < threshold; ++i) {
            (uint8 v, bytes32 r, bytes32 s) = vm.sign(keys[i], d);
            sigs = bytes.concat(sigs, abi.encodePacked(r, s, v));
        }
    }

    function _count(Vm.Log[] memory logs) internal {
        for (uint256 i = 0; i < logs.length; ++i) {
            if (
                logs[i].emitter == address(oracle)
                    && logs[i].topics[0] == IDecryptionOracle.DecryptionFulfilled.selector
            ) {
                ++fulfilments[uint256(logs[i].topics[1])];
                ++totalFulfilments;
            }
        }
    }

    function fulfill(uint256 which, bool corrupt) external {
        if (ids.length == 0) return;
        uint256 id = ids[bound(which, 0, ids.length - 1)];
        bytes memory c = _cleartexts(id);
        bytes memory sigs = _sigs(id, c, corrupt);
        uint256 before = relayer.balance;
        vm.recordLogs();
        vm.prank(relayer);
        try oracle.fulfill(id, c, sigs) {
            if (corrupt) ++badSignaturesAccepted;
        } catch {}
        _count(vm.getRecordedLogs());
        paidToRelayer += relayer.balance - before;
    }

    function fulfillBatch(uint256 start, uint256 count) external {
        if (ids.length == 0) return;
        count = bound(count, 1, 6);
        uint256[] memory batch = new uint256[](count);
        bytes[] memory cts = new bytes[](count);
        bytes[] memory sigs = new bytes[](count);
        for (uint256 i = 0; i < count; ++i) {
            batch[i] = ids[(start % ids.length + i / 2) % ids.length]; // each id twice in a row
            cts[i] = _cleartexts(batch[i]);
            sigs[i] = _sigs(batch[i], cts[i], false);
        }
        uint256 before = relayer.balance;
        vm.recordLogs();
        vm.prank(relayer);
        try oracle.fulfillBatch(batch, cts, sigs) {} catch {}
        _count(vm.getRecordedLogs());
        paidToRelayer += relayer.balance - before;
    }

    function refund(uint256 which) external {
        if (ids.length == 0) return;
        uint256 id = ids[bound(which, 0, ids.length - 1)];
        uint256 before = address(dapp).balance;
        try oracle.refund(id) {} catch {}
        refunded += address(dapp).balance - before;
    }

    function warp(uint256 dt) external {
        vm.warp(block.timestamp + bound(dt, 0, 1 hours));
    }
}

contract DecryptionOracleInvariantTest is TKMSTestBase {
    DecryptionOracleHandler internal handler;
    MockRequester internal dapp;

    function setUp() public {
        vm.warp(1_700_000_000);
        _deploySuite(4, 2, true);
        dapp = new MockRequester(oracle);
        vm.deal(address(dapp), 1_000 ether);
        bytes32[] memory pool = new bytes32[](4);
        for (uint256 i = 0; i < pool.length; ++i) {
            pool[i] = keccak256(abi.encode("pool", i));
            vm.prank(address(inputVerifier));
            acl.allowForInput(pool[i], makeAddr("user"), address(dapp));
        }
        handler = new DecryptionOracleHandler(oracle, dapp, relayer, pool, signerKeys, 2);
        vm.deal(address(handler), 1_000 ether);
        bytes4[] memory selectors = new bytes4[](5);
        selectors[0] = DecryptionOracleHandler.request.selector;
        selectors[1] = DecryptionOracleHandler.fulfill.selector;
        selectors[2] = DecryptionOracleHandler.fulfillBatch.selector;
        selectors[3] = DecryptionOracleHandler.refund.selector;
        selectors[4] = DecryptionOracleHandler.warp.selector;
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
        targetContract(address(handler));
    }

    /// @notice No request is fulfilled twice; Fulfilled status ⇔ exactly one fulfilment; fees
    ///         are conserved (held for pending requests, paid to the relayer for fulfilled ones,
    ///         returned for refunded ones); bad signatures never fulfil.
    /// forge-config: default.invariant.fail-on-revert = true
    function invariant_NoRequestFulfilledTwiceAndFeesConserved() public view {
        uint256 pendingFees;
        uint256 fulfilledFees;
        uint256 refundedFees;
        uint256 fulfilledCount;
        for (uint256 i = 0; i < handler.idCount(); ++i) {
            uint256 id = handler.ids(i);
            IDecryptionOracle.Request memory r = oracle.getRequest(id);
            uint256 f = handler.fulfilments(id);
            assertLe(f, 1, "fulfilled twice");
            assertEq(r.status == IDecryptionOracle.RequestStatus.Fulfilled, f == 1);
            if (r.status == IDecryptionOracle.RequestStatus.Pending) pendingFees += r.fee;
            if (r.status == IDecryptionOracle.RequestStatus.Fulfilled) {
                fulfilledFees += r.fee;
                ++fulfilledCount;
            }
            if (r.status == IDecryptionOracle.RequestStatus.Refunded) refundedFees += r.fee;
        }
        assertEq(handler.totalFulfilments(), fulfilledCount);
        assertEq(address(oracle).balance, pendingFees, "oracle holds exactly the pending fees");
        assertEq(handler.paidToRelayer(), fulfilledFees);
        assertEq(handler.refunded(), refundedFees);
        assertEq(handler.collected(), pendingFees + fulfilledFees + refundedFees);
        assertEq(handler.badSignaturesAccepted(), 0);
        assertLe(dapp.calls(), fulfilledCount);
    }
}
