// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {TKMSTestBase} from "./utils/TKMSTestBase.sol";
import {MockRequester, RejectingRelayer} from "./utils/MockRequester.sol";
import {DecryptionOracle} from "../src/DecryptionOracle.sol";
import {IDecryptionOracle} from "../src/interfaces/IDecryptionOracle.sol";
import {IKMSVerifier} from "../src/interfaces/IKMSVerifier.sol";
import {IACL} from "../src/interfaces/IACL.sol";

contract DecryptionOracleTest is TKMSTestBase {
    uint16 internal constant T = 2;
    uint32 internal constant GAS = 200_000;
    uint64 internal constant DELAY = 1 hours;
    bytes32 internal constant KNOWN_BATCH_DIGEST = 0xfab7154b9caf28b54b77efe45ecb5a9bc1a92d6aab1affe76e48ef6e64638fb5;

    MockRequester internal dapp;
    bytes32 internal h1 = keccak256("h1");
    bytes32 internal h2 = keccak256("h2");

    function setUp() public {
        vm.warp(1_700_000_000);
        _deploySuite(4, T, true);
        dapp = new MockRequester(oracle);
        vm.deal(address(dapp), 10 ether);
        vm.deal(address(this), 100 ether);
        _grant(h1, address(dapp));
        _grant(h2, address(dapp));
    }

    function _grant(bytes32 handle, address account) internal {
        _grant(handle, account, EPOCH);
    }

    function _grant(bytes32 handle, address account, uint64 keyEpoch) internal {
        vm.prank(address(inputVerifier));
        acl.allowForInput(handle, makeAddr("user"), account, keyEpoch);
    }

    function _handles() internal view returns (bytes32[] memory hs) {
        hs = new bytes32[](2);
        (hs[0], hs[1]) = (h1, h2);
    }

    function _cleartexts() internal pure returns (bytes memory) {
        return abi.encode(bytes32(uint256(42)), bytes32(uint256(7)));
    }

    function _request() internal returns (uint256) {
        return _request(dapp.onResult.selector, GAS);
    }

    function _request(bytes4 selector, uint32 gasLimit) internal returns (uint256) {
        return dapp.request{value: oracle.requestFee(2, gasLimit)}(_handles(), selector, gasLimit, DELAY);
    }

    function _sigs(uint256 id, bytes memory cleartexts) internal view returns (bytes memory) {
        return _signFirst(_resultDigest(address(oracle), EPOCH, id, _handles(), cleartexts, relayer), T);
    }

    function _fulfill(uint256 id) internal {
        vm.prank(relayer);
        oracle.fulfill(id, _cleartexts(), relayer, _sigs(id, _cleartexts()));
    }

    function _rotate(uint64 epoch, address[] memory next, uint16 threshold, uint64 keyEpoch) internal {
        vm.warp(block.timestamp + MIN_ROTATION_DELAY);
        bytes32 d = _rotationDigest(address(verifier), epoch, next, threshold, keyEpoch);
        verifier.rotate(epoch, next, threshold, keyEpoch, _signFirst(d, T));
    }

    // ---------------------------------------------------------------- constructor, fees, owner

    function test_Constructor() public view {
        assertEq(address(oracle.acl()), address(acl));
        assertEq(address(oracle.kmsVerifier()), address(verifier));
        assertEq(oracle.owner(), owner);
        assertEq(oracle.nextRequestId(), oracle.firstRequestId());
        (uint128 base, uint128 perHandle, uint128 perGas) = oracle.fees();
        assertEq(base, BASE_FEE);
        assertEq(perHandle, PER_HANDLE_FEE);
        assertEq(perGas, PER_GAS_FEE);
        assertEq(oracle.requestFee(1, 0), BASE_FEE + PER_HANDLE_FEE + 2 * 22_100 * uint256(PER_GAS_FEE));
        assertEq(
            oracle.requestFee(3, 100_000), BASE_FEE + 3 * PER_HANDLE_FEE + (100_000 + 4 * 22_100) * uint256(PER_GAS_FEE)
        );
        assertEq(oracle.domainSeparator(), _domainSeparator(address(oracle)));
    }

    function test_RevertWhen_ConstructedWithZeroAddress() public {
        vm.expectRevert(abi.encodeWithSelector(IDecryptionOracle.DecryptionOracleZeroAddress.selector));
        new DecryptionOracle(owner, IACL(address(0)), verifier, 0, 0, 0);
        vm.expectRevert(abi.encodeWithSelector(IDecryptionOracle.DecryptionOracleZeroAddress.selector));
        new DecryptionOracle(owner, acl, IKMSVerifier(address(0)), 0, 0, 0);
    }

    function testFuzz_SetFees(uint128 base, uint128 perHandle, uint64 perGas, uint8 n, uint32 gasLimit) public {
        n = uint8(bound(n, 1, oracle.MAX_HANDLES()));
        gasLimit = uint32(bound(gasLimit, 0, oracle.MAX_CALLBACK_GAS_LIMIT()));
        vm.expectEmit(address(oracle));
        emit IDecryptionOracle.FeesUpdated(base, perHandle, perGas);
        vm.prank(owner);
        oracle.setFees(base, perHandle, perGas);
        assertEq(
            oracle.requestFee(n, gasLimit),
            uint256(base) + uint256(perHandle) * n + uint256(perGas) * (uint256(gasLimit) + 22_100 * (uint256(n) + 1))
        );
    }

    function test_RevertWhen_SetFeesNotOwner() public {
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, address(this)));
        oracle.setFees(1, 1, 1);
    }

    /// @dev A renounced owner would freeze the fees for good.
    function test_RevertWhen_RenouncingOwnership() public {
        vm.expectRevert(abi.encodeWithSelector(IDecryptionOracle.DecryptionOracleCannotRenounceOwnership.selector));
        vm.prank(owner);
        oracle.renounceOwnership();
        assertEq(oracle.owner(), owner);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, address(this)));
        oracle.renounceOwnership();
    }

    /// @dev The callback gas limit and the result's storage are in the fee: a request for the
    ///      largest callback pays for it, so a relayer who carries it is not out of pocket.
    function test_RequestFee_PricesCallbackGasAndStorage() public view {
        uint256 small = oracle.requestFee(1, 0);
        uint256 large = oracle.requestFee(1, uint32(oracle.MAX_CALLBACK_GAS_LIMIT()));
        assertEq(large - small, oracle.MAX_CALLBACK_GAS_LIMIT() * PER_GAS_FEE);
        assertEq(oracle.requestFee(2, 0) - small, PER_HANDLE_FEE + 22_100 * uint256(PER_GAS_FEE));
    }

    function test_OwnershipTransferIsTwoStep() public {
        address next = makeAddr("nextOwner");
        vm.prank(owner);
        oracle.transferOwnership(next);
        assertEq(oracle.owner(), owner);
        assertEq(oracle.pendingOwner(), next);
        vm.prank(next);
        oracle.acceptOwnership();
        assertEq(oracle.owner(), next);
    }

    // ---------------------------------------------------------------- requestDecryption

    function test_RequestDecryption_StoresRequestAndCommitment() public {
        uint256 fee = oracle.requestFee(2, GAS);
        uint64 expiry = uint64(block.timestamp + DELAY);
        bytes32 handlesHash = keccak256(abi.encodePacked(h1, h2));
        uint256 first = oracle.firstRequestId();
        bytes32 commitment = keccak256(
            abi.encode(block.chainid, address(oracle), first, handlesHash, address(dapp), EPOCH, EPOCH, expiry)
        );
        vm.expectEmit(address(oracle));
        emit IDecryptionOracle.DecryptionRequested(
            first, address(dapp), _handles(), EPOCH, EPOCH, expiry, dapp.onResult.selector, GAS, fee, commitment
        );
        uint256 id = _request();
        assertEq(id, first);
        assertEq(oracle.nextRequestId(), first + 1);
        assertEq(address(oracle).balance, fee);
        assertEq(oracle.commitmentOf(id), commitment);
        assertEq(oracle.computeCommitment(id, handlesHash, address(dapp), EPOCH, EPOCH, expiry), commitment);

        IDecryptionOracle.Request memory r = oracle.getRequest(id);
        assertEq(r.requester, address(dapp));
        assertEq(r.callbackSelector, dapp.onResult.selector);
        assertEq(r.callbackGasLimit, GAS);
        assertEq(r.handleCount, 2);
        assertEq(uint8(r.status), uint8(IDecryptionOracle.RequestStatus.Pending));
        assertEq(r.expiry, expiry);
        assertEq(r.signerEpoch, EPOCH);
        assertEq(r.fee, fee);
        assertEq(r.handlesHash, handlesHash);
        assertEq(_request(), first + 1);
    }

    /// @dev slot(commitments[requestId]) = keccak256(abi.encode(requestId, S)) (contracts/STORAGE.md).
    function testFuzz_StorageSlot_Commitment(uint8 count) public {
        count = uint8(bound(count, 1, 5));
        bytes32 s =
            keccak256(abi.encode(uint256(keccak256("tkms.storage.DecryptionOracle")) - 1)) & ~bytes32(uint256(0xff));
        assertEq(s, oracle.STORAGE_SLOT());
        for (uint256 i = 0; i < count; ++i) {
            uint256 id = _request();
            bytes32 slot = keccak256(abi.encode(id, s));
            assertEq(vm.load(address(oracle), slot), oracle.commitmentOf(id));
            assertTrue(vm.load(address(oracle), slot) != bytes32(0));
        }
    }

    function test_RequestDecryption_PubliclyDecryptableHandle() public {
        address other = makeAddr("other");
        vm.prank(address(dapp));
        acl.allowPublicDecryption(h1);
        vm.deal(other, 1 ether);
        uint256 fee = oracle.requestFee(1, 0);
        vm.prank(other);
        uint256 id = oracle.requestDecryption{value: fee}(_single(h1), bytes4(0), 0, DELAY);
        assertEq(oracle.getRequest(id).requester, other);
    }

    /// @dev Issue 8.2: a request commits the key epoch of its handles (recorded when each input
    ///      was verified), not the verifier's epoch; the signer epoch is the verifier's at
    ///      request time. After a new key (epoch 5, one burnt) old handles keep their epoch.
    function test_RequestDecryption_CommitsHandleKeyEpochAndSignerEpoch() public {
        (address[] memory next,) = _makeSigners("next", 4);
        _rotate(EPOCH + 4, next, T, EPOCH + 4);
        uint256 id = _request();
        IDecryptionOracle.Request memory r = oracle.getRequest(id);
        assertEq(r.signerEpoch, EPOCH + 4);
        bytes32 want = keccak256(
            abi.encode(
                block.chainid,
                address(oracle),
                id,
                keccak256(abi.encodePacked(h1, h2)),
                address(dapp),
                EPOCH,
                EPOCH + 4,
                r.expiry
            )
        );
        assertEq(oracle.commitmentOf(id), want);
    }

    /// @dev Issue 8.2: all handles of a request share one key epoch, else it is refused.
    function test_RevertWhen_RequestMixesKeyEpochs() public {
        bytes32 h3 = keccak256("h3");
        _grant(h3, address(dapp), EPOCH + 2);
        bytes32[] memory hs = new bytes32[](3);
        (hs[0], hs[1], hs[2]) = (h1, h2, h3);
        uint256 fee = oracle.requestFee(3, 0);
        vm.expectRevert(
            abi.encodeWithSelector(IDecryptionOracle.DecryptionOracleMixedKeyEpochs.selector, h3, EPOCH + 2, EPOCH)
        );
        dapp.request{value: fee}(hs, bytes4(0), 0, DELAY);
    }

    function test_RevertWhen_RequestWithoutHandles() public {
        vm.expectRevert(abi.encodeWithSelector(IDecryptionOracle.DecryptionOracleNoHandles.selector));
        oracle.requestDecryption{value: BASE_FEE}(new bytes32[](0), bytes4(0), 0, DELAY);
    }

    /// @dev The tKMS chain carries at most 16 handles per request (x/kms default params): a
    ///      17-handle request would be paid for and never served.
    function test_RevertWhen_RequestTooManyHandles() public {
        bytes32[] memory hs = new bytes32[](17);
        for (uint256 i = 0; i < 17; ++i) {
            hs[i] = keccak256(abi.encode(i));
            _grant(hs[i], address(dapp));
        }
        uint256 fee = oracle.requestFee(17, 0);
        vm.expectRevert(abi.encodeWithSelector(IDecryptionOracle.DecryptionOracleTooManyHandles.selector, 17, 16));
        dapp.request{value: fee}(hs, bytes4(0), 0, DELAY);
    }

    function test_RequestDecryption_MaxHandles() public {
        assertEq(oracle.MAX_HANDLES(), 16);
        bytes32[] memory hs = new bytes32[](16);
        for (uint256 i = 0; i < 16; ++i) {
            hs[i] = keccak256(abi.encode(i));
            _grant(hs[i], address(dapp));
        }
        uint256 id = dapp.request{value: oracle.requestFee(16, GAS)}(hs, dapp.onResult.selector, GAS, DELAY);
        assertEq(oracle.getRequest(id).handleCount, 16);
    }

    /// @dev The tKMS chain refuses a request naming a handle twice: so must the oracle, wherever
    ///      the repeat is.
    function testFuzz_RevertWhen_RequestRepeatsAHandle(uint256 first, uint256 second) public {
        bytes32[] memory hs = new bytes32[](5);
        for (uint256 i = 0; i < 5; ++i) {
            hs[i] = keccak256(abi.encode("repeat", i));
            _grant(hs[i], address(dapp));
        }
        first = bound(first, 0, 4);
        second = bound(second, 0, 3);
        if (second >= first) ++second;
        hs[second] = hs[first];
        uint256 fee = oracle.requestFee(5, 0);
        vm.expectRevert(abi.encodeWithSelector(IDecryptionOracle.DecryptionOracleRepeatedHandle.selector, hs[first]));
        dapp.request{value: fee}(hs, bytes4(0), 0, DELAY);
    }

    function testFuzz_RevertWhen_RequestNotAllowed(uint256 pos, bytes32 foreign) public {
        if (foreign == h1 || foreign == h2) foreign = keccak256(abi.encode(foreign));
        pos = bound(pos, 0, 2);
        bytes32[] memory hs = new bytes32[](3);
        (hs[0], hs[1], hs[2]) = (h1, h2, h1);
        hs[pos] = foreign;
        uint256 fee = oracle.requestFee(3, 0);
        vm.expectRevert(
            abi.encodeWithSelector(IDecryptionOracle.DecryptionOracleNotAllowed.selector, foreign, address(dapp))
        );
        dapp.request{value: fee}(hs, bytes4(0), 0, DELAY);
    }

    function testFuzz_RevertWhen_RequestIncorrectFee(uint256 value) public {
        uint256 fee = oracle.requestFee(2, 0);
        value = bound(value, 0, 10 ether);
        if (value == fee) value = fee + 1;
        vm.expectRevert(abi.encodeWithSelector(IDecryptionOracle.DecryptionOracleIncorrectFee.selector, value, fee));
        dapp.request{value: value}(_handles(), bytes4(0), 0, DELAY);
    }

    function testFuzz_RevertWhen_RequestCallbackGasLimitTooHigh(uint32 gasLimit) public {
        gasLimit = uint32(bound(gasLimit, 5_000_001, type(uint32).max));
        uint256 fee = oracle.requestFee(2, gasLimit);
        vm.expectRevert(
            abi.encodeWithSelector(
                IDecryptionOracle.DecryptionOracleCallbackGasLimitTooHigh.selector, gasLimit, 5_000_000
            )
        );
        dapp.request{value: fee}(_handles(), bytes4(0), gasLimit, DELAY);
    }

    function testFuzz_RevertWhen_RequestInvalidMaxDelay(uint64 delay) public {
        delay = bound(delay, 0, 1) == 0 ? 0 : uint64(bound(delay, 30 days + 1, type(uint64).max));
        uint256 fee = oracle.requestFee(2, 0);
        vm.expectRevert(
            abi.encodeWithSelector(IDecryptionOracle.DecryptionOracleInvalidMaxDelay.selector, delay, uint64(30 days))
        );
        dapp.request{value: fee}(_handles(), bytes4(0), 0, delay);
    }

    // ---------------------------------------------------------------- fulfill

    function test_DecryptionResultDigest_MatchesIndependentComputation() public view {
        IDecryptionOracle.Result[] memory rs = new IDecryptionOracle.Result[](2);
        rs[0] = IDecryptionOracle.Result(9, _handles(), _cleartexts(), relayer);
        rs[1] = IDecryptionOracle.Result(11, _single(h1), abi.encode(bytes32(uint256(5))), address(0xbeef));
        assertEq(oracle.decryptionResultDigest(3, rs), _batchDigest(address(oracle), 3, rs));
        assertEq(oracle.DECRYPTION_RESULT_TYPEHASH(), RESULT_TYPEHASH);
        assertEq(oracle.DECRYPTION_RESULT_BATCH_TYPEHASH(), BATCH_TYPEHASH);
    }

    /// @dev The digest of a fixed batch, shared with the Go implementations
    ///      (tkmschain/x/kms/types and bindings/hostkit test the same constant): chain id 31337,
    ///      oracle 0x…0A11CE, signer epoch 7, results (1, [keccak("a")], 0x2a, payee 0x…BEEF)
    ///      and (2, [keccak("b"), keccak("c")], 0x07 ‖ 0x09, payee 0).
    function test_DecryptionResultDigest_KnownAnswer() public {
        vm.chainId(31337);
        IDecryptionOracle.Result[] memory rs = new IDecryptionOracle.Result[](2);
        bytes32[] memory two = new bytes32[](2);
        (two[0], two[1]) = (keccak256("b"), keccak256("c"));
        rs[0] =
            IDecryptionOracle.Result(1, _single(keccak256("a")), abi.encode(bytes32(uint256(0x2a))), address(0xbeef));
        rs[1] = IDecryptionOracle.Result(2, two, abi.encode(bytes32(uint256(7)), bytes32(uint256(9))), address(0));
        bytes32 d = _batchDigest(address(0x0a11ce), 7, rs);
        emit log_named_bytes32("known-answer batch digest", d);
        assertEq(d, KNOWN_BATCH_DIGEST);
    }

    /// @dev Issue 8.8: the fee goes to the payee the signed result names (the relayer that
    ///      carried the request to the tKMS chain), whoever submits it: a copier of the
    ///      signatures gains nothing.
    function test_Fulfill_CopierIsNotPaid() public {
        uint256 id = _request();
        uint256 fee = oracle.requestFee(2, GAS);
        bytes memory sigs = _sigs(id, _cleartexts()); // signed for payee `relayer`
        address copier = makeAddr("copier");
        // Naming itself as payee does not match what was signed.
        address recovered =
            _recoverAt(_resultDigest(address(oracle), EPOCH, id, _handles(), _cleartexts(), copier), sigs, 0);
        vm.prank(copier);
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierUnknownSigner.selector, recovered));
        oracle.fulfill(id, _cleartexts(), copier, sigs);
        // Submitting the result as signed pays the bound payee, not the copier.
        vm.prank(copier);
        oracle.fulfill(id, _cleartexts(), relayer, sigs);
        assertEq(oracle.owedTo(copier), 0);
        assertEq(oracle.owedTo(relayer), fee);
        vm.prank(copier);
        vm.expectRevert(abi.encodeWithSelector(IDecryptionOracle.DecryptionOracleNothingToWithdraw.selector, copier));
        oracle.withdraw(payable(copier));
    }

    function test_Fulfill_CallsBackAndCreditsPayee() public {
        uint256 id = _request();
        uint256 fee = oracle.requestFee(2, GAS);
        bytes memory sigs = _sigs(id, _cleartexts());
        vm.expectEmit(address(oracle));
        emit IDecryptionOracle.DecryptionFulfilled(id);
        oracle.fulfill(id, _cleartexts(), relayer, sigs);

        assertEq(oracle.owedTo(relayer), fee);
        assertEq(address(oracle).balance, fee);
        assertEq(uint8(oracle.getRequest(id).status), uint8(IDecryptionOracle.RequestStatus.Fulfilled));
        assertEq(dapp.calls(), 1);
        assertEq(dapp.lastRequestId(), id);
        assertEq(dapp.lastCleartexts(), _cleartexts());
        vm.expectRevert(abi.encodeWithSelector(IDecryptionOracle.DecryptionOracleResultNotStored.selector, id));
        oracle.resultOf(id);

        address to = makeAddr("relayer wallet");
        vm.expectEmit(address(oracle));
        emit IDecryptionOracle.Withdrawn(relayer, to, fee);
        vm.prank(relayer);
        oracle.withdraw(payable(to));
        assertEq(to.balance, fee);
        assertEq(oracle.owedTo(relayer), 0);
        assertEq(address(oracle).balance, 0);
    }

    /// @dev A result that names no payee credits the requester.
    function test_Fulfill_ZeroPayeeCreditsRequester() public {
        uint256 id = _request();
        bytes memory sigs =
            _signFirst(_resultDigest(address(oracle), EPOCH, id, _handles(), _cleartexts(), address(0)), T);
        oracle.fulfill(id, _cleartexts(), address(0), sigs);
        assertEq(oracle.owedTo(address(dapp)), oracle.requestFee(2, GAS));
        assertEq(oracle.owedTo(address(0)), 0);
    }

    /// @dev The callback receives at least its full gas limit whatever gas the relayer sends.
    function testFuzz_Fulfill_CallbackGetsItsGasLimit(uint32 gasLimit) public {
        gasLimit = uint32(bound(gasLimit, 200_000, 2_000_000)); // the mock stores ~110k gas of state
        uint256 id = _request(dapp.onResult.selector, gasLimit);
        vm.prank(relayer);
        oracle.fulfill(id, _cleartexts(), relayer, _sigs(id, _cleartexts()));
        assertEq(dapp.calls(), 1);
        // A few hundred gas of dispatch and argument decoding run before gasleft() is read.
        assertGe(dapp.gasAtEntry() + 1_000, gasLimit);
        assertLe(dapp.gasAtEntry(), gasLimit);
    }

    function test_RevertWhen_FulfillWithTooLittleGasForCallback() public {
        uint256 id = _request(dapp.onResult.selector, 1_000_000);
        bytes memory sigs = _sigs(id, _cleartexts());
        vm.prank(relayer);
        vm.expectPartialRevert(IDecryptionOracle.DecryptionOracleInsufficientGas.selector); // `available` varies
        oracle.fulfill{gas: 500_000}(id, _cleartexts(), relayer, sigs);
        assertEq(uint8(oracle.getRequest(id).status), uint8(IDecryptionOracle.RequestStatus.Pending));
    }

    function test_Fulfill_RevertingCallbackStoresResult() public {
        dapp.setMode(MockRequester.Mode.Revert);
        uint256 id = _request();
        vm.expectEmit(address(oracle));
        emit IDecryptionOracle.CallbackFailed(id, address(dapp));
        _fulfill(id);
        assertEq(uint8(oracle.getRequest(id).status), uint8(IDecryptionOracle.RequestStatus.Fulfilled));
        assertEq(oracle.resultOf(id), _cleartexts());
        assertEq(oracle.owedTo(relayer), oracle.requestFee(2, GAS), "relayer still paid");
    }

    function test_Fulfill_GasHungryCallbackStoresResult() public {
        dapp.setMode(MockRequester.Mode.BurnGas);
        uint256 id = _request();
        vm.expectEmit(address(oracle));
        emit IDecryptionOracle.CallbackFailed(id, address(dapp));
        _fulfill(id);
        assertEq(oracle.resultOf(id), _cleartexts());
    }

    /// @dev A callee returning 300 kB pays for its own memory (w = 9375 words: 3w + w²/512 ≈
    ///      200k gas); the oracle does not copy the return data, which would cost as much again.
    function test_Fulfill_ReturnDataBombIsNotCopied() public {
        uint256 okId = _request(dapp.onResult.selector, 1_000_000);
        uint256 bombId = _request(dapp.onResult.selector, 1_000_000);
        bytes memory okSigs = _sigs(okId, _cleartexts());
        bytes memory bombSigs = _sigs(bombId, _cleartexts());
        // Warm the shared storage the same way for both measured calls.
        uint256 warm = _request(dapp.onResult.selector, 1_000_000);
        _fulfill(warm);

        vm.prank(relayer);
        oracle.fulfill(okId, _cleartexts(), relayer, okSigs);
        uint256 okGas = vm.lastCallGas().gasTotalUsed;
        dapp.setMode(MockRequester.Mode.ReturnBomb);
        vm.prank(relayer);
        oracle.fulfill(bombId, _cleartexts(), relayer, bombSigs);
        uint256 bombGas = vm.lastCallGas().gasTotalUsed;

        assertEq(dapp.calls(), 3);
        uint256 words = 300_000 / 32 + 1;
        uint256 calleeMemory = 3 * words + words * words / 512;
        assertLt(bombGas, okGas + calleeMemory + 20_000, "return data was copied");
        vm.expectRevert(abi.encodeWithSelector(IDecryptionOracle.DecryptionOracleResultNotStored.selector, bombId));
        oracle.resultOf(bombId);
    }

    function test_Fulfill_WithoutCallbackStoresResult() public {
        uint256 id = _request(bytes4(0), 0);
        vm.recordLogs();
        _fulfill(id);
        assertEq(oracle.resultOf(id), _cleartexts());
        assertEq(dapp.calls(), 0);
        assertEq(vm.getRecordedLogs().length, 2, "only DecryptionFulfilled and FeesCredited");
    }

    /// @dev A callback cannot re-enter fulfilment (its attempt fails, the outer one succeeds).
    /// @dev An account without code cannot be called back (the call would succeed and deliver
    ///      nothing): the result is stored instead.
    function test_Fulfill_RequesterWithoutCodeGetsResultStored() public {
        address eoa = makeAddr("eoa");
        _grant(h1, eoa);
        _grant(h2, eoa);
        uint256 fee = oracle.requestFee(2, GAS);
        vm.deal(eoa, fee);
        vm.prank(eoa);
        uint256 id =
            oracle.requestDecryption{value: fee}(_handles(), bytes4(keccak256("onResult(uint256,bytes)")), GAS, DELAY);
        vm.expectEmit(address(oracle));
        emit IDecryptionOracle.CallbackFailed(id, eoa);
        _fulfill(id);
        assertEq(oracle.resultOf(id), _cleartexts());
        assertEq(oracle.owedTo(relayer), fee);
    }

    function test_Fulfill_CallbackCannotReenter() public {
        uint256 first = _request();
        uint256 second = _request();
        dapp.setReentry(second, _cleartexts(), _sigs(second, _cleartexts()));
        dapp.setMode(MockRequester.Mode.Reenter);
        _fulfill(first);
        assertTrue(dapp.reentryReverted());
        assertEq(uint8(oracle.getRequest(first).status), uint8(IDecryptionOracle.RequestStatus.Fulfilled));
        assertEq(uint8(oracle.getRequest(second).status), uint8(IDecryptionOracle.RequestStatus.Pending));
    }

    function test_Fulfill_CallbackMayRequestAgain() public {
        uint256 id = _request(dapp.onResult.selector, 1_000_000);
        dapp.setFollowUp(_single(h1));
        dapp.setMode(MockRequester.Mode.RequestAgain);
        _fulfill(id);
        assertEq(dapp.followUpRequestId(), id + 1);
        assertEq(uint8(oracle.getRequest(id + 1).status), uint8(IDecryptionOracle.RequestStatus.Pending));
    }

    function test_RevertWhen_FulfillTwice() public {
        uint256 id = _request();
        _fulfill(id);
        bytes memory sigs = _sigs(id, _cleartexts());
        vm.expectRevert(abi.encodeWithSelector(IDecryptionOracle.DecryptionOracleAlreadyFulfilled.selector, id));
        oracle.fulfill(id, _cleartexts(), relayer, sigs);
    }

    function testFuzz_RevertWhen_FulfillUnknownRequest(uint256 id) public {
        _request();
        if (id == 1) id = 0;
        vm.expectRevert(abi.encodeWithSelector(IDecryptionOracle.DecryptionOracleUnknownRequest.selector, id));
        oracle.fulfill(id, _cleartexts(), relayer, "");
    }

    function testFuzz_RevertWhen_FulfillExpired(uint256 late) public {
        uint256 id = _request();
        uint64 expiry = oracle.getRequest(id).expiry;
        vm.warp(bound(late, expiry, expiry + 365 days));
        bytes memory sigs = _sigs(id, _cleartexts());
        vm.expectRevert(abi.encodeWithSelector(IDecryptionOracle.DecryptionOracleRequestExpired.selector, id, expiry));
        oracle.fulfill(id, _cleartexts(), relayer, sigs);
    }

    function test_Fulfill_LastSecondBeforeExpiry() public {
        uint256 id = _request();
        vm.warp(oracle.getRequest(id).expiry - 1);
        _fulfill(id);
        assertEq(dapp.calls(), 1);
    }

    function test_RevertWhen_FulfillRefunded() public {
        uint256 id = _request();
        vm.warp(block.timestamp + DELAY);
        oracle.refund(id);
        bytes memory sigs = _sigs(id, _cleartexts());
        vm.expectRevert(abi.encodeWithSelector(IDecryptionOracle.DecryptionOracleAlreadyRefunded.selector, id));
        oracle.fulfill(id, _cleartexts(), relayer, sigs);
    }

    function testFuzz_RevertWhen_FulfillMalformedCleartexts(bytes memory cleartexts) public {
        if (cleartexts.length == 64) cleartexts = bytes.concat(cleartexts, hex"00");
        uint256 id = _request();
        vm.expectRevert(
            abi.encodeWithSelector(
                IDecryptionOracle.DecryptionOracleInvalidCleartextsLength.selector, cleartexts.length, 64
            )
        );
        oracle.fulfill(id, cleartexts, relayer, _sigs(id, _cleartexts()));
    }

    /// @dev Signatures over other cleartexts, another request id, another signer epoch,
    ///      another payee or other handles (the same id naming another request after a host
    ///      reorganisation) fail.
    function testFuzz_RevertWhen_FulfillSignedOtherContents(uint256 which, bytes32 word) public {
        which = bound(which, 0, 4);
        uint256 id = _request();
        _request();
        bytes memory signedCt = which == 0 ? abi.encode(word, bytes32(uint256(7))) : _cleartexts();
        if (keccak256(signedCt) == keccak256(_cleartexts())) signedCt = abi.encode(bytes32(0), bytes32(0));
        bytes32 d = _resultDigest(
            address(oracle),
            which == 2 ? EPOCH + 1 : EPOCH,
            which == 1 ? id + 1 : id,
            which == 4 ? _single(h1) : _handles(),
            signedCt,
            which == 3 ? address(uint160(uint256(word)) | 1) : relayer
        );
        if (which == 3 && address(uint160(uint256(word)) | 1) == relayer) return;
        bytes memory sigs = _signFirst(d, T);
        address recovered =
            _recoverAt(_resultDigest(address(oracle), EPOCH, id, _handles(), _cleartexts(), relayer), sigs, 0);
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierUnknownSigner.selector, recovered));
        oracle.fulfill(id, _cleartexts(), relayer, sigs);
    }

    /// @dev Results signed for another domain (chain id, contract, name, version) fail.
    function testFuzz_RevertWhen_FulfillWrongDomain(uint256 which, uint256 chainId, address other) public {
        which = bound(which, 0, 3);
        if (chainId == block.chainid) chainId = block.chainid + 1;
        if (other == address(oracle)) other = address(verifier);
        uint256 id = _request();
        bytes32 domain = keccak256(
            abi.encode(
                EIP712_DOMAIN_TYPEHASH,
                which == 2 ? keccak256("KMS") : keccak256("TKMS"),
                which == 3 ? keccak256("0") : keccak256("1"),
                which == 0 ? chainId : block.chainid,
                which == 1 ? other : address(oracle)
            )
        );
        bytes32 leaf = keccak256(
            abi.encode(RESULT_TYPEHASH, id, keccak256(abi.encodePacked(_handles())), keccak256(_cleartexts()), relayer)
        );
        bytes32 structHash = keccak256(abi.encode(BATCH_TYPEHASH, EPOCH, keccak256(abi.encodePacked(leaf))));
        bytes32 d = keccak256(abi.encodePacked(hex"1901", domain, structHash));
        bytes memory sigs = _signFirst(d, T);
        address recovered =
            _recoverAt(_resultDigest(address(oracle), EPOCH, id, _handles(), _cleartexts(), relayer), sigs, 0);
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierUnknownSigner.selector, recovered));
        oracle.fulfill(id, _cleartexts(), relayer, sigs);
    }

    function test_RevertWhen_FulfillNotEnoughSignatures() public {
        uint256 id = _request();
        bytes memory one = _signFirst(_resultDigest(address(oracle), EPOCH, id, _handles(), _cleartexts(), relayer), 1);
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierNotEnoughSignatures.selector, 1, T));
        oracle.fulfill(id, _cleartexts(), relayer, one);
    }

    /// @dev Issue 8.4: a request made before a rotation is fulfilled by the set of its epoch,
    ///      however long after the rotation (within the request's own expiry).
    function test_Fulfill_InFlightRequestOutlivesRotation() public {
        uint256 id = dapp.request{value: oracle.requestFee(2, GAS)}(_handles(), dapp.onResult.selector, GAS, 30 days);
        bytes memory oldSigs = _sigs(id, _cleartexts());
        (address[] memory next,) = _makeSigners("next", 4);
        _rotate(EPOCH + 2, next, 3, EPOCH);
        vm.warp(block.timestamp + 29 days);
        vm.expectEmit(address(oracle));
        emit IDecryptionOracle.DecryptionFulfilled(id);
        oracle.fulfill(id, _cleartexts(), relayer, oldSigs);
    }

    /// @dev Issue 8.3: the set rotated out cannot sign the result of a request made after the
    ///      rotation; the new set can, and cannot sign the old request's result.
    function test_RevertWhen_FulfillNewRequestSignedByRotatedOutSet() public {
        uint256 before = dapp.request{value: oracle.requestFee(2, GAS)}(_handles(), dapp.onResult.selector, GAS, 1 days);
        (address[] memory next, uint256[] memory nextKeys) = _makeSigners("next", 4);
        _rotate(EPOCH + 1, next, T, EPOCH);
        uint256 id = _request();
        assertEq(oracle.getRequest(id).signerEpoch, EPOCH + 1);
        bytes32 d = _resultDigest(address(oracle), EPOCH + 1, id, _handles(), _cleartexts(), relayer);
        // Signed as if the request were of the old epoch: not what the request needs.
        bytes memory oldSigs =
            _signFirst(_resultDigest(address(oracle), EPOCH, id, _handles(), _cleartexts(), relayer), T);
        vm.expectRevert(
            abi.encodeWithSelector(IKMSVerifier.KMSVerifierUnknownSigner.selector, _recoverAt(d, oldSigs, 0))
        );
        oracle.fulfill(id, _cleartexts(), relayer, oldSigs);
        // Signed for the request's epoch by the old set: not signers of that epoch.
        oldSigs = _signFirst(d, T);
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierUnknownSigner.selector, signerAddrs[0]));
        oracle.fulfill(id, _cleartexts(), relayer, oldSigs);

        uint256[] memory two = new uint256[](2);
        (two[0], two[1]) = (0, 1);
        bytes memory newSigs =
            _sign(_resultDigest(address(oracle), EPOCH + 1, id, _handles(), _cleartexts(), relayer), nextKeys, two);
        oracle.fulfill(id, _cleartexts(), relayer, newSigs);
        newSigs =
            _sign(_resultDigest(address(oracle), EPOCH, before, _handles(), _cleartexts(), relayer), nextKeys, two);
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierUnknownSigner.selector, next[0]));
        oracle.fulfill(before, _cleartexts(), relayer, newSigs);
    }

    /// @dev A payee that cannot receive ETH does not block delivery: fees are pulled.
    function test_Fulfill_PayeeRejectingEthStillDelivers() public {
        RejectingRelayer r = new RejectingRelayer();
        uint256 id = _request();
        bytes memory sigs =
            _signFirst(_resultDigest(address(oracle), EPOCH, id, _handles(), _cleartexts(), address(r)), T);
        r.fulfill(oracle, id, _cleartexts(), sigs);
        assertEq(dapp.calls(), 1);
        assertEq(oracle.owedTo(address(r)), oracle.requestFee(2, GAS));
        vm.expectRevert(
            abi.encodeWithSelector(
                IDecryptionOracle.DecryptionOracleTransferFailed.selector, address(r), oracle.requestFee(2, GAS)
            )
        );
        r.withdraw(oracle);
        assertEq(oracle.owedTo(address(r)), oracle.requestFee(2, GAS), "credit kept");
    }

    function test_Fulfill_ZeroFeeCreditsNothing() public {
        vm.prank(owner);
        oracle.setFees(0, 0, 0);
        uint256 id = dapp.request(_handles(), dapp.onResult.selector, GAS, DELAY);
        _fulfill(id);
        assertEq(dapp.calls(), 1);
        assertEq(oracle.owedTo(relayer), 0);
    }

    // ---------------------------------------------------------------- fulfillBatch

    function _results(uint256[] memory ids) internal view returns (IDecryptionOracle.Result[] memory rs) {
        rs = new IDecryptionOracle.Result[](ids.length);
        for (uint256 i = 0; i < ids.length; ++i) {
            rs[i] = IDecryptionOracle.Result(ids[i], _handles(), _cleartexts(), relayer);
        }
    }

    function _batchSigs(IDecryptionOracle.Result[] memory rs) internal view returns (bytes memory) {
        return _signFirst(_batchDigest(address(oracle), EPOCH, rs), T);
    }

    function _fulfillBatch(IDecryptionOracle.Result[] memory rs, bytes memory sigs) internal returns (uint256) {
        (uint256[] memory ids, address[] memory payees, bytes memory cts) = _flatten(rs);
        return oracle.fulfillBatch(EPOCH, ids, payees, cts, sigs);
    }

    /// @dev Issue 8.19: one signature set for many results; each payee credited once per run.
    function test_FulfillBatch_OneSignatureSetForAll() public {
        uint256[] memory ids = new uint256[](4);
        for (uint256 i = 0; i < 4; ++i) {
            ids[i] = _request();
        }
        IDecryptionOracle.Result[] memory rs = _results(ids);
        address other = makeAddr("other relayer");
        rs[3].payee = other;
        bytes memory sigs = _batchSigs(rs);
        vm.prank(makeAddr("anyone"));
        assertEq(_fulfillBatch(rs, sigs), 4);
        assertEq(oracle.owedTo(relayer), 3 * oracle.requestFee(2, GAS));
        assertEq(oracle.owedTo(other), oracle.requestFee(2, GAS));
        assertEq(dapp.calls(), 4);
        for (uint256 i = 0; i < 4; ++i) {
            assertEq(uint8(oracle.getRequest(ids[i]).status), uint8(IDecryptionOracle.RequestStatus.Fulfilled));
        }
    }

    /// @dev A single result of a signed batch cannot be taken out of it: the signature is over
    ///      the whole list, in order.
    function test_RevertWhen_FulfillBatchSubsetOrReordered() public {
        uint256[] memory ids = new uint256[](2);
        (ids[0], ids[1]) = (_request(), _request());
        IDecryptionOracle.Result[] memory rs = _results(ids);
        bytes memory sigs = _batchSigs(rs);
        IDecryptionOracle.Result[] memory one = new IDecryptionOracle.Result[](1);
        one[0] = rs[0];
        address recovered = _recoverAt(_batchDigest(address(oracle), EPOCH, one), sigs, 0);
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierUnknownSigner.selector, recovered));
        _fulfillBatch(one, sigs);
        (rs[0], rs[1]) = (rs[1], rs[0]);
        recovered = _recoverAt(_batchDigest(address(oracle), EPOCH, rs), sigs, 0);
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierUnknownSigner.selector, recovered));
        _fulfillBatch(rs, sigs);
    }

    function test_FulfillBatch_SkipsFulfilledRefundedAndExpired() public {
        uint256 shortLived = dapp.request{value: oracle.requestFee(2, GAS)}(_handles(), dapp.onResult.selector, GAS, 10);
        uint256 refunded = dapp.request{value: oracle.requestFee(2, GAS)}(_handles(), dapp.onResult.selector, GAS, 10);
        uint256 done = _request();
        uint256 open = _request();
        _fulfill(done);
        vm.warp(block.timestamp + 10);
        oracle.refund(refunded);
        uint256 owedBefore = oracle.owedTo(relayer);

        uint256[] memory ids = new uint256[](5);
        (ids[0], ids[1], ids[2], ids[3], ids[4]) = (shortLived, refunded, done, open, open);
        IDecryptionOracle.Result[] memory rs = _results(ids);
        assertEq(_fulfillBatch(rs, _batchSigs(rs)), 1, "only `open`, once");
        assertEq(oracle.owedTo(relayer) - owedBefore, oracle.requestFee(2, GAS));
        assertEq(uint8(oracle.getRequest(shortLived).status), uint8(IDecryptionOracle.RequestStatus.Pending));
        assertEq(uint8(oracle.getRequest(open).status), uint8(IDecryptionOracle.RequestStatus.Fulfilled));
    }

    function test_RevertWhen_FulfillBatchEmpty() public {
        vm.expectRevert(abi.encodeWithSelector(IDecryptionOracle.DecryptionOracleEmptyBatch.selector));
        oracle.fulfillBatch(EPOCH, new uint256[](0), new address[](0), "", "");
        vm.expectRevert(abi.encodeWithSelector(IDecryptionOracle.DecryptionOracleBatchLengthMismatch.selector));
        oracle.fulfillBatch(EPOCH, new uint256[](2), new address[](1), "", "");
    }

    /// @dev The concatenated cleartexts must be exactly 32 bytes per handle of every member.
    function test_RevertWhen_FulfillBatchCleartextsLengthWrong() public {
        uint256[] memory ids = new uint256[](2);
        (ids[0], ids[1]) = (_request(), _request());
        (uint256[] memory rids, address[] memory payees, bytes memory cts) = _flatten(_results(ids));
        vm.expectRevert(
            abi.encodeWithSelector(IDecryptionOracle.DecryptionOracleInvalidCleartextsLength.selector, 129, 128)
        );
        oracle.fulfillBatch(EPOCH, rids, payees, bytes.concat(cts, hex"00"), "");
        vm.expectRevert(
            abi.encodeWithSelector(IDecryptionOracle.DecryptionOracleInvalidCleartextsLength.selector, 127, 128)
        );
        oracle.fulfillBatch(EPOCH, rids, payees, _trim(cts), "");
    }

    function test_RevertWhen_FulfillBatchUnknownRequest() public {
        uint256[] memory ids = new uint256[](1);
        ids[0] = 77;
        vm.expectRevert(abi.encodeWithSelector(IDecryptionOracle.DecryptionOracleUnknownRequest.selector, 77));
        _fulfillBatch(_results(ids), "");
    }

    /// @dev Every member of a batch must have been made under the batch's signer epoch.
    function test_RevertWhen_FulfillBatchMixesSignerEpochs() public {
        uint256[] memory ids = new uint256[](2);
        ids[0] = _request();
        (address[] memory next,) = _makeSigners("next", 4);
        _rotate(EPOCH + 1, next, T, EPOCH);
        ids[1] = _request();
        IDecryptionOracle.Result[] memory rs = _results(ids);
        bytes memory sigs = _batchSigs(rs);
        vm.expectRevert(
            abi.encodeWithSelector(
                IDecryptionOracle.DecryptionOracleSignerEpochMismatch.selector, ids[1], EPOCH + 1, EPOCH
            )
        );
        _fulfillBatch(rs, sigs);
    }

    function test_RevertWhen_FulfillBatchHasBadSignatures() public {
        uint256[] memory ids = new uint256[](2);
        ids[0] = _request();
        ids[1] = _request();
        IDecryptionOracle.Result[] memory rs = _results(ids);
        bytes memory sigs = _batchSigs(rs);
        rs[1].cleartexts = abi.encode(bytes32(0), bytes32(0));
        address recovered = _recoverAt(_batchDigest(address(oracle), EPOCH, rs), sigs, 0);
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierUnknownSigner.selector, recovered));
        _fulfillBatch(rs, sigs);
        assertEq(uint8(oracle.getRequest(ids[0]).status), uint8(IDecryptionOracle.RequestStatus.Pending));
    }

    function _trim(bytes memory b) internal pure returns (bytes memory t) {
        t = new bytes(b.length - 1);
        for (uint256 i = 0; i < t.length; ++i) {
            t[i] = b[i];
        }
    }

    // ---------------------------------------------------------------- refund

    function test_Refund_AfterExpiry() public {
        uint256 id = _request();
        uint256 fee = oracle.requestFee(2, GAS);
        uint256 before = address(dapp).balance;
        vm.warp(oracle.getRequest(id).expiry);
        vm.expectEmit(address(oracle));
        emit IDecryptionOracle.DecryptionRefunded(id, address(dapp), fee);
        vm.prank(makeAddr("anyone"));
        oracle.refund(id);
        assertEq(address(dapp).balance, before + fee);
        assertEq(uint8(oracle.getRequest(id).status), uint8(IDecryptionOracle.RequestStatus.Refunded));
    }

    function testFuzz_RevertWhen_RefundBeforeExpiry(uint256 t) public {
        uint256 id = _request();
        uint64 expiry = oracle.getRequest(id).expiry;
        vm.warp(bound(t, block.timestamp, expiry - 1));
        vm.expectRevert(
            abi.encodeWithSelector(IDecryptionOracle.DecryptionOracleRequestNotExpired.selector, id, expiry)
        );
        oracle.refund(id);
    }

    function test_RevertWhen_RefundUnknown() public {
        vm.expectRevert(abi.encodeWithSelector(IDecryptionOracle.DecryptionOracleUnknownRequest.selector, 5));
        oracle.refund(5);
    }

    function test_RevertWhen_RefundFulfilled() public {
        uint256 id = _request();
        _fulfill(id);
        vm.warp(block.timestamp + DELAY);
        vm.expectRevert(abi.encodeWithSelector(IDecryptionOracle.DecryptionOracleAlreadyFulfilled.selector, id));
        oracle.refund(id);
    }

    function test_RevertWhen_RefundTwice() public {
        uint256 id = _request();
        vm.warp(block.timestamp + DELAY);
        oracle.refund(id);
        vm.expectRevert(abi.encodeWithSelector(IDecryptionOracle.DecryptionOracleAlreadyRefunded.selector, id));
        oracle.refund(id);
    }

    /// @dev A requester that rejects ETH does not lose its refund: it is credited, and the
    ///      requester pulls it to an address of its choice.
    function test_Refund_RequesterRejectingPaymentIsCreditedAndWithdraws() public {
        uint256 id = _request();
        uint256 fee = oracle.requestFee(2, GAS);
        dapp.setRejectPayments(true);
        vm.warp(block.timestamp + DELAY);
        vm.expectEmit(address(oracle));
        emit IDecryptionOracle.RefundCredited(id, address(dapp), fee);
        oracle.refund(id);
        assertEq(uint8(oracle.getRequest(id).status), uint8(IDecryptionOracle.RequestStatus.Refunded));
        assertEq(oracle.refundOf(address(dapp)), fee);
        // slot(refunds[requester]) = keccak256(abi.encode(requester, S + 6)) (contracts/STORAGE.md)
        bytes32 slot = keccak256(abi.encode(address(dapp), uint256(oracle.STORAGE_SLOT()) + 6));
        assertEq(uint256(vm.load(address(oracle), slot)), fee);

        address payable to = payable(makeAddr("treasury"));
        vm.expectEmit(address(oracle));
        emit IDecryptionOracle.RefundWithdrawn(address(dapp), to, fee);
        vm.prank(address(dapp));
        oracle.withdrawRefund(to);
        assertEq(to.balance, fee);
        assertEq(oracle.refundOf(address(dapp)), 0);
        vm.expectRevert(
            abi.encodeWithSelector(IDecryptionOracle.DecryptionOracleNothingToWithdraw.selector, address(dapp))
        );
        vm.prank(address(dapp));
        oracle.withdrawRefund(to);
    }

    function test_RevertWhen_WithdrawRefundToRejectingAddress() public {
        uint256 id = _request();
        dapp.setRejectPayments(true);
        vm.warp(block.timestamp + DELAY);
        oracle.refund(id);
        uint256 fee = oracle.refundOf(address(dapp));
        vm.expectRevert(
            abi.encodeWithSelector(IDecryptionOracle.DecryptionOracleTransferFailed.selector, address(dapp), fee)
        );
        vm.prank(address(dapp));
        oracle.withdrawRefund(payable(address(dapp)));
        assertEq(oracle.refundOf(address(dapp)), fee, "credit kept");
    }

    // ---------------------------------------------------------------- request ids

    /// @dev Two oracles, on one chain or on two, never hand out the same id: the tKMS chain
    ///      must never see one id for two requests.
    function testFuzz_RequestIds_NeverCollideAcrossDeployments(uint64 chainId) public {
        DecryptionOracle other = new DecryptionOracle(owner, acl, verifier, BASE_FEE, PER_HANDLE_FEE, PER_GAS_FEE);
        uint256 a = oracle.firstRequestId();
        uint256 b = other.firstRequestId();
        assertTrue(a >> 64 != b >> 64, "same high bits on one chain");
        assertEq(uint64(a), 1);
        assertEq(uint64(b), 1);
        chainId = uint64(bound(chainId, block.chainid + 1, type(uint64).max));
        vm.chainId(chainId);
        assertTrue(oracle.firstRequestId() != a, "same id on another chain");
        assertEq(
            oracle.firstRequestId(), uint256(keccak256(abi.encode(uint256(chainId), address(oracle)))) >> 64 << 64 | 1
        );
    }

    function test_RevertWhen_ResultOfUnknown() public {
        vm.expectRevert(abi.encodeWithSelector(IDecryptionOracle.DecryptionOracleResultNotStored.selector, 3));
        oracle.resultOf(3);
    }
}
