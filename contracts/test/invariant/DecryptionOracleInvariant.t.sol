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
    uint256 public withdrawn;
    uint256 public refunded;
    uint256 public collected;
    uint256 public badSignaturesAccepted;
    /// @dev Requests found, after a call that touched them, fulfilled twice or with a status
    ///      disagreeing with the number of fulfilments (everything is audited at the end of each
    ///      run, see `audit`).
    uint256 public inconsistenciesSeen;

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

    struct Audit {
        uint256 maxFulfilments;
        uint256 statusMismatches;
        uint256 pendingFees;
        uint256 fulfilledFees;
        uint256 refundedFees;
        uint256 fulfilledCount;
    }

    /// @dev Oracle state against the ghost state, in one call (each top-level call from the
    ///      invariant function costs far more than the EVM calls made from here).
    function audit() external view returns (Audit memory a) {
        for (uint256 i = 0; i < ids.length; ++i) {
            uint256 id = ids[i];
            IDecryptionOracle.Request memory r = oracle.getRequest(id);
            uint256 f = fulfilments[id];
            if (f > a.maxFulfilments) a.maxFulfilments = f;
            if ((r.status == IDecryptionOracle.RequestStatus.Fulfilled) != (f == 1)) ++a.statusMismatches;
            if (r.status == IDecryptionOracle.RequestStatus.Pending) a.pendingFees += r.fee;
            if (r.status == IDecryptionOracle.RequestStatus.Fulfilled) {
                a.fulfilledFees += r.fee;
                ++a.fulfilledCount;
            }
            if (r.status == IDecryptionOracle.RequestStatus.Refunded) a.refundedFees += r.fee;
        }
    }

    function request(uint256 n, uint256 delay, bool failingCallback) external {
        n = bound(n, 1, pool.length);
        bytes32[] memory hs = new bytes32[](n);
        for (uint256 i = 0; i < n; ++i) {
            hs[i] = pool[(i * 7 + delay % pool.length) % pool.length];
        }
        dapp.setMode(failingCallback ? MockRequester.Mode.Revert : MockRequester.Mode.Ok);
        uint256 fee = oracle.requestFee(n, 200_000);
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
        IDecryptionOracle.Result[] memory rs = new IDecryptionOracle.Result[](1);
        rs[0] = IDecryptionOracle.Result(id, handlesOf[id], c, relayer);
        return _sign(oracle.decryptionResultDigest(1, rs), corrupt);
    }

    function _sign(bytes32 d, bool corrupt) internal view returns (bytes memory sigs) {
        if (corrupt) d = keccak256(abi.encode(d));
        for (uint256 i = 0; i < threshold; ++i) {
            (uint8 v, bytes32 r, bytes32 s) = vm.sign(keys[i], d);
            sigs = bytes.concat(sigs, abi.encodePacked(r, s, v));
        }
    }

    function _check(uint256 id) internal {
        IDecryptionOracle.RequestStatus status = oracle.getRequest(id).status;
        uint256 f = fulfilments[id];
        if (f > 1 || (status == IDecryptionOracle.RequestStatus.Fulfilled) != (f == 1)) ++inconsistenciesSeen;
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
        uint256 before = oracle.owedTo(relayer);
        vm.recordLogs();
        try oracle.fulfill(id, c, relayer, sigs) {
            if (corrupt) ++badSignaturesAccepted;
        } catch {}
        _count(vm.getRecordedLogs());
        paidToRelayer += oracle.owedTo(relayer) - before;
        _check(id);
    }

    function fulfillBatch(uint256 start, uint256 count) external {
        if (ids.length == 0) return;
        count = bound(count, 1, 6);
        IDecryptionOracle.Result[] memory rs = new IDecryptionOracle.Result[](count);
        for (uint256 i = 0; i < count; ++i) {
            uint256 id = ids[(start % ids.length + i / 2) % ids.length]; // each id twice in a row
            rs[i] = IDecryptionOracle.Result(id, handlesOf[id], _cleartexts(id), relayer);
        }
        bytes memory sigs = _sign(oracle.decryptionResultDigest(1, rs), false);
        uint256 before = oracle.owedTo(relayer);
        vm.recordLogs();
        (uint256[] memory bids, address[] memory payees, bytes memory cts) = _flatten(rs);
        try oracle.fulfillBatch(1, bids, payees, cts, sigs) {} catch {}
        _count(vm.getRecordedLogs());
        paidToRelayer += oracle.owedTo(relayer) - before;
        for (uint256 i = 0; i < count; ++i) {
            _check(rs[i].requestId);
        }
    }

    function _flatten(IDecryptionOracle.Result[] memory rs)
        internal
        pure
        returns (uint256[] memory bids, address[] memory payees, bytes memory cts)
    {
        bids = new uint256[](rs.length);
        payees = new address[](rs.length);
        for (uint256 i = 0; i < rs.length; ++i) {
            (bids[i], payees[i]) = (rs[i].requestId, rs[i].payee);
            cts = bytes.concat(cts, rs[i].cleartexts);
        }
    }

    function withdraw() external {
        uint256 owed = oracle.owedTo(relayer);
        vm.prank(relayer);
        try oracle.withdraw(payable(relayer)) {
            withdrawn += owed;
        } catch {}
    }

    function refund(uint256 which) external {
        if (ids.length == 0) return;
        uint256 id = ids[bound(which, 0, ids.length - 1)];
        uint256 before = address(dapp).balance;
        try oracle.refund(id) {} catch {}
        refunded += address(dapp).balance - before;
        _check(id);
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
            acl.allowForInput(pool[i], makeAddr("user"), address(dapp), 1);
        }
        handler = new DecryptionOracleHandler(oracle, dapp, relayer, pool, signerKeys, 2);
        vm.deal(address(handler), 1_000 ether);
        bytes4[] memory selectors = new bytes4[](6);
        selectors[0] = DecryptionOracleHandler.request.selector;
        selectors[1] = DecryptionOracleHandler.fulfill.selector;
        selectors[2] = DecryptionOracleHandler.fulfillBatch.selector;
        selectors[3] = DecryptionOracleHandler.refund.selector;
        selectors[4] = DecryptionOracleHandler.warp.selector;
        selectors[5] = DecryptionOracleHandler.withdraw.selector;
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
        targetContract(address(handler));
    }

    /// @notice No request is fulfilled twice; Fulfilled status ⇔ exactly one fulfilment; fees
    ///         are conserved (held for pending requests, paid to the relayer for fulfilled ones,
    ///         returned for refunded ones); bad signatures never fulfil.
    /// forge-config: default.invariant.fail-on-revert = true
    function invariant_NoRequestFulfilledTwiceAndFeesConserved() public view {
        assertEq(handler.inconsistenciesSeen(), 0, "fulfilled twice, or status disagrees");
        assertEq(handler.badSignaturesAccepted(), 0);
        assertEq(
            address(oracle).balance,
            handler.collected() - handler.withdrawn() - handler.refunded(),
            "fees not conserved"
        );
        assertEq(oracle.owedTo(handler.relayer()), handler.paidToRelayer() - handler.withdrawn(), "credits");
        assertLe(dapp.calls(), handler.totalFulfilments());
    }

    /// @notice At the end of every run, the whole request table against the ghost state.
    function afterInvariant() external view {
        DecryptionOracleHandler.Audit memory a = handler.audit();
        assertLe(a.maxFulfilments, 1, "fulfilled twice");
        assertEq(a.statusMismatches, 0, "Fulfilled status without exactly one fulfilment");
        assertEq(handler.totalFulfilments(), a.fulfilledCount);
        assertEq(
            address(oracle).balance,
            a.pendingFees + oracle.owedTo(handler.relayer()),
            "oracle holds exactly the pending fees and the credits"
        );
        assertEq(handler.paidToRelayer(), a.fulfilledFees);
        assertEq(handler.refunded(), a.refundedFees);
        assertEq(handler.collected(), a.pendingFees + a.fulfilledFees + a.refundedFees);
    }
}
