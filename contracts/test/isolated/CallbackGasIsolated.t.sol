// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {TKMSTestBase} from "../utils/TKMSTestBase.sol";
import {IDecryptionOracle} from "../../src/interfaces/IDecryptionOracle.sol";

/// @notice Code an EIP-7702 account delegates to: its callback records the gas it was given.
contract GasProbe {
    uint256 public gasAtEntry;

    function onResult(uint256, bytes calldata) external {
        gasAtEntry = gasleft();
    }

    receive() external payable {}
}

/// @notice The callback's gas under real transaction conditions: cold accounts, an EIP-7702
///         delegated requester (whose call costs a second cold account access). Run with
///         `forge test --isolate` (as `make test-contracts` does) so that every top-level call is a
///         transaction of its own and nothing is warm by accident; without it the tests still
///         pass, but prove less.
contract CallbackGasIsolatedTest is TKMSTestBase {
    uint32 internal constant LIMIT = 100_000;
    uint64 internal constant DELAY = 1 hours;

    GasProbe internal probe;
    address internal account;
    bytes32 internal handle = keccak256("7702 handle");
    uint256 internal id;
    bytes internal cleartexts = abi.encode(bytes32(uint256(1)));
    bytes internal sigs;

    function setUp() public {
        vm.warp(1_700_000_000);
        _deploySuite(4, 2, true);
        probe = new GasProbe();
        uint256 key;
        (account, key) = makeAddrAndKey("delegated requester");
        vm.signAndAttachDelegation(address(probe), key);
        vm.prank(account); // the EIP-7702 transaction that installs the delegation
        (bool ok,) = account.call("");
        require(ok, "delegation");
        assertEq(account.code, abi.encodePacked(hex"ef0100", address(probe)));

        vm.prank(address(inputVerifier));
        acl.allowForInput(handle, account, account, EPOCH);
        uint256 fee = oracle.requestFee(1, LIMIT);
        vm.deal(account, fee);
        vm.prank(account);
        id = oracle.requestDecryption{value: fee}(_single(handle), GasProbe.onResult.selector, LIMIT, DELAY);
        sigs = _signFirst(_resultDigest(address(oracle), EPOCH, id, _single(handle), cleartexts, address(this)), 2);
    }

    /// @dev This contract is the relayer: the signed result names it as payee.
    receive() external payable {}

    function _tryFulfill(uint256 gas) internal returns (bool) {
        try oracle.fulfill{gas: gas}(id, cleartexts, address(this), sigs) {
            return true;
        } catch {
            return false;
        }
    }

    /// @dev A relayer picks the gas of its transaction; whatever it picks, a fulfilment that
    ///      succeeds gave the callback its whole limit. The smallest gas that fulfils is found
    ///      by bisection and the callback's gas there compared with its gas when plenty is sent.
    function test_Fulfill_DelegatedRequesterCannotBeStarved() public {
        uint256 snapshot = vm.snapshotState();
        assertTrue(_tryFulfill(2_000_000), "fulfils with plenty of gas");
        uint256 full = GasProbe(payable(account)).gasAtEntry();
        assertGt(full, LIMIT - 1_000);
        vm.revertToState(snapshot);

        uint256 lo = LIMIT; // never enough
        uint256 hi = 2_000_000; // enough
        while (hi - lo > 1) {
            uint256 mid = (lo + hi) / 2;
            uint256 s = vm.snapshotState();
            bool ok = _tryFulfill(mid);
            vm.revertToState(s);
            if (ok) hi = mid;
            else lo = mid;
        }
        assertTrue(_tryFulfill(hi));
        assertEq(uint8(oracle.getRequest(id).status), uint8(IDecryptionOracle.RequestStatus.Fulfilled));
        assertEq(GasProbe(payable(account)).gasAtEntry(), full, "the callback got less than its limit");
    }
}
