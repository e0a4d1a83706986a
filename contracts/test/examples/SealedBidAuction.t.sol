// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {TKMSTestBase} from "../utils/TKMSTestBase.sol";
import {TDH2TestLib} from "../utils/TDH2TestLib.sol";
import {TKMS} from "../../src/TKMS.sol";
import {ITKMSClient} from "../../src/interfaces/ITKMSClient.sol";
import {SealedBidAuction} from "../../src/examples/SealedBidAuction.sol";
import {ISealedBidAuction} from "../../src/examples/ISealedBidAuction.sol";
import {IDecryptionOracle} from "../../src/interfaces/IDecryptionOracle.sol";
import {IInputVerifier} from "../../src/interfaces/IInputVerifier.sol";

contract SealedBidAuctionTest is TKMSTestBase {
    uint256 internal constant RESERVE = 1 ether;

    SealedBidAuction internal auction;
    address internal seller = makeAddr("seller");
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
    address internal carol = makeAddr("carol");
    uint64 internal end;

    mapping(address => bytes) internal bidCiphertext;

    function setUp() public {
        vm.warp(1_700_000_000);
        _deploySuite(4, 2, true);
        end = uint64(block.timestamp + 1 days);
        auction = new SealedBidAuction(TKMS.TKMSConfig(acl, inputVerifier, oracle), seller, end, RESERVE);
        vm.deal(alice, 100 ether);
        vm.deal(bob, 100 ether);
        vm.deal(carol, 100 ether);
    }

    function _bid(address bidder, uint256 amount, uint256 deposit) internal {
        bytes memory ct = _encryptInput(bytes32(amount), address(auction), bidder, uint256(uint160(bidder)) ^ amount);
        bidCiphertext[bidder] = ct;
        vm.prank(bidder);
        auction.bid{value: deposit}(ct);
    }

    /// @dev Requests the next chunk of bids (after the end of bidding).
    function _reveal() internal returns (uint256 id) {
        if (block.timestamp < end) vm.warp(end);
        uint256 fee = auction.revealFee();
        vm.deal(address(this), fee);
        id = auction.reveal{value: fee}();
    }

    /// @dev What the MPC parties would compute for reveal `id`: its bids decrypted, signed by the set.
    function _fulfil(uint256 id) internal {
        (uint32 start, uint32 count,) = auction.reveals(id);
        bytes32[] memory handles = new bytes32[](count);
        bytes memory cleartexts;
        for (uint256 i = 0; i < count; ++i) {
            address bidder = auction.bidders(start + i);
            (handles[i],,) = auction.bids(bidder);
            cleartexts = bytes.concat(cleartexts, TDH2TestLib.decrypt(KEY_SECRET, bidCiphertext[bidder]));
        }
        bytes memory sigs = _signFirst(_resultDigest(address(oracle), EPOCH, id, handles, cleartexts, relayer), 2);
        vm.prank(relayer);
        oracle.fulfill(id, cleartexts, relayer, sigs);
    }

    /// @dev Lets reveal `id` expire unanswered and retries it, paying the retry fee.
    function _expireAndRetry(uint256 id) internal returns (uint256 first, uint256 second) {
        vm.warp(oracle.getRequest(id).expiry);
        uint256 fee = auction.retryFee(id);
        vm.deal(address(this), fee);
        return auction.retryReveal{value: fee}(id);
    }

    function test_Auction_HighestValidBidWins() public {
        _bid(alice, 3 ether, 5 ether);
        _bid(bob, 4 ether, 4 ether);
        _bid(carol, 9 ether, 2 ether); // above its deposit: invalid
        uint256 id = _reveal();
        (bytes32 aliceHandle,,) = auction.bids(alice);
        assertTrue(acl.isPubliclyDecryptable(aliceHandle));

        vm.expectEmit(address(auction));
        emit ISealedBidAuction.AuctionSettled(bob, 4 ether);
        _fulfil(id);
        assertTrue(auction.settled());
        assertEq(auction.winner(), bob);
        assertEq(auction.winningBid(), 4 ether);

        assertEq(auction.withdrawable(bob), 0 ether);
        assertEq(auction.withdrawable(alice), 5 ether);
        assertEq(auction.withdrawable(seller), 4 ether);
        vm.prank(alice);
        auction.withdraw();
        vm.prank(carol);
        auction.withdraw();
        vm.prank(seller);
        auction.withdraw();
        assertEq(alice.balance, 100 ether);
        assertEq(carol.balance, 100 ether);
        assertEq(seller.balance, 4 ether);
        assertEq(bob.balance, 96 ether);
        vm.expectRevert(abi.encodeWithSelector(ISealedBidAuction.SealedBidAuctionNothingToWithdraw.selector, bob));
        vm.prank(bob);
        auction.withdraw();
        vm.expectRevert(abi.encodeWithSelector(ISealedBidAuction.SealedBidAuctionNothingToWithdraw.selector, seller));
        vm.prank(seller);
        auction.withdraw();
    }

    function test_Auction_TieGoesToEarlierBidder() public {
        _bid(alice, 2 ether, 2 ether);
        _bid(bob, 2 ether, 3 ether);
        _fulfil(_reveal());
        assertEq(auction.winner(), alice);
    }

    function test_Auction_NoValidBid() public {
        _bid(alice, RESERVE - 1, 1 ether); // below the reserve
        _bid(bob, 5 ether, 1 ether); // above its deposit
        _fulfil(_reveal());
        assertEq(auction.winner(), address(0));
        assertEq(auction.withdrawable(seller), 0);
        assertEq(auction.withdrawable(bob), 1 ether);
    }

    /// @dev Each run encrypts four bids on the precompiles; fewer runs keep CI fast.
    /// forge-config: ci.fuzz.runs = 64
    function testFuzz_Auction_WinnerIsMaxValidBid(uint256[4] memory amounts, uint256[4] memory deposits) public {
        address[4] memory who = [alice, bob, carol, makeAddr("dave")];
        address expected;
        uint256 best;
        for (uint256 i = 0; i < 4; ++i) {
            deposits[i] = bound(deposits[i], RESERVE, 10 ether);
            amounts[i] = bound(amounts[i], 0, 12 ether);
            vm.deal(who[i], deposits[i]);
            _bid(who[i], amounts[i], deposits[i]);
            if (amounts[i] >= RESERVE && amounts[i] <= deposits[i] && amounts[i] > best) {
                (expected, best) = (who[i], amounts[i]);
            }
        }
        _fulfil(_reveal());
        assertEq(auction.winner(), expected);
        assertEq(auction.winningBid(), best);
    }

    function test_RevertWhen_BidAfterEnd() public {
        vm.warp(end);
        bytes memory ct = _encryptInput(bytes32(uint256(1)), address(auction), alice, 1);
        vm.expectRevert(abi.encodeWithSelector(ISealedBidAuction.SealedBidAuctionWrongPhase.selector, end, end));
        vm.prank(alice);
        auction.bid{value: 1}(ct);
    }

    /// @dev Bids cost a deposit of at least the reserve: no 1-wei sybils.
    function testFuzz_RevertWhen_BidBelowReserve(uint256 deposit) public {
        deposit = bound(deposit, 0, RESERVE - 1);
        bytes memory ct = _encryptInput(bytes32(uint256(1)), address(auction), alice, 1);
        vm.expectRevert(
            abi.encodeWithSelector(ISealedBidAuction.SealedBidAuctionDepositBelowReserve.selector, deposit, RESERVE)
        );
        vm.prank(alice);
        auction.bid{value: deposit}(ct);
    }

    function test_RevertWhen_BidTwice() public {
        _bid(alice, 1, 1 ether);
        bytes memory ct = _encryptInput(bytes32(uint256(2)), address(auction), alice, 2);
        vm.expectRevert(abi.encodeWithSelector(ISealedBidAuction.SealedBidAuctionAlreadyBid.selector, alice));
        vm.prank(alice);
        auction.bid{value: RESERVE}(ct);
    }

    /// @dev A bid encrypted for another bidder (copied from the mempool) is rejected by the label.
    function test_RevertWhen_BidCopiesAnotherBiddersCiphertext() public {
        _bid(alice, 1, 1 ether);
        vm.expectRevert(
            abi.encodeWithSelector(IInputVerifier.InputVerifierLabelMismatch.selector, address(auction), bob)
        );
        vm.prank(bob);
        auction.bid{value: 1 ether}(bidCiphertext[alice]);
    }

    function test_RevertWhen_RevealBeforeEnd() public {
        _bid(alice, 1, 1 ether);
        vm.expectRevert(
            abi.encodeWithSelector(ISealedBidAuction.SealedBidAuctionWrongPhase.selector, end, uint64(block.timestamp))
        );
        auction.reveal();
    }

    function test_RevertWhen_RevealWithoutBids() public {
        vm.warp(end);
        vm.expectRevert(abi.encodeWithSelector(ISealedBidAuction.SealedBidAuctionNoBids.selector));
        auction.reveal();
    }

    function test_RevertWhen_RevealIncorrectFee() public {
        _bid(alice, 1, 1 ether);
        vm.warp(end);
        uint256 fee = oracle.requestFee(1, auction.REVEAL_CALLBACK_GAS());
        vm.expectRevert(abi.encodeWithSelector(ISealedBidAuction.SealedBidAuctionIncorrectFee.selector, 0, fee));
        auction.reveal();
    }

    function test_RevertWhen_RevealAfterSettled() public {
        _bid(alice, 1, 1 ether);
        _fulfil(_reveal());
        vm.expectRevert(abi.encodeWithSelector(ISealedBidAuction.SealedBidAuctionAlreadySettled.selector));
        auction.reveal();
    }

    function test_RevertWhen_OnRevealNotFromOracle() public {
        vm.expectRevert(abi.encodeWithSelector(ITKMSClient.TKMSOnlyDecryptionOracle.selector, address(this)));
        auction.onReveal(1, "");
    }

    function test_RevertWhen_OnRevealForAnotherRequest() public {
        vm.expectRevert(abi.encodeWithSelector(ISealedBidAuction.SealedBidAuctionUnknownRequest.selector, 5));
        vm.prank(address(oracle));
        auction.onReveal(5, "");
    }

    function test_RevertWhen_WithdrawBeforeSettlement() public {
        _bid(alice, 1, 1 ether);
        vm.expectRevert(abi.encodeWithSelector(ISealedBidAuction.SealedBidAuctionNothingToWithdraw.selector, alice));
        vm.prank(alice);
        auction.withdraw();
    }

    function test_RevertWhen_WithdrawRecipientRejectsEther() public {
        NoReceiveBidder b = new NoReceiveBidder();
        vm.deal(address(b), 1 ether);
        bytes memory ct = _encryptInput(bytes32(uint256(1)), address(auction), address(b), 7);
        bidCiphertext[address(b)] = ct;
        b.bid(auction, ct, 1 ether);
        _bid(alice, 2, 1 ether);
        _fulfil(_reveal());
        vm.expectRevert(
            abi.encodeWithSelector(ISealedBidAuction.SealedBidAuctionTransferFailed.selector, address(b), 1 ether)
        );
        b.withdraw(auction);
    }

    function test_RevertWhen_EtherSentByOtherThanOracle() public {
        vm.deal(alice, 1 ether);
        vm.prank(alice);
        (bool ok, bytes memory reason) = address(auction).call{value: 1}("");
        assertFalse(ok);
        assertEq(reason, abi.encodeWithSelector(ITKMSClient.TKMSUnexpectedPayment.selector, alice));
    }

    function test_RevertWhen_RevealNothingLeft() public {
        _bid(alice, 1 ether, 1 ether);
        _reveal();
        vm.expectRevert(abi.encodeWithSelector(ISealedBidAuction.SealedBidAuctionNothingToReveal.selector));
        auction.reveal();
    }

    /// @dev More bids than one request may carry (the tKMS chain's MAX_HANDLES): they are
    ///      revealed in chunks, each a request the chain accepts, in any order.
    function test_Auction_ManyBidsRevealInChunks() public {
        uint256 n = oracle.MAX_HANDLES() + 4;
        address best;
        for (uint256 i = 0; i < n; ++i) {
            address b = address(uint160(0x1000 + i));
            vm.deal(b, 3 ether);
            uint256 amount = 1 ether + (i * 7919 % n) * 0.01 ether;
            _bid(b, amount, 3 ether);
            if (i * 7919 % n == n - 1) best = b;
        }
        uint256 first = _reveal();
        uint256 second = _reveal();
        assertEq(oracle.getRequest(first).handleCount, oracle.MAX_HANDLES());
        assertEq(oracle.getRequest(second).handleCount, 4);
        _fulfil(second);
        assertFalse(auction.settled());
        _fulfil(first);
        assertTrue(auction.settled());
        assertEq(auction.winner(), best);
        assertEq(auction.winningBid(), 1 ether + (n - 1) * 0.01 ether);
    }

    /// @dev Sybil bids neither fill the auction (there is no cap) nor win cheaply (each one
    ///      locks the reserve, and no bid below it is valid).
    function test_Auction_SybilsCannotLockOutOrWinCheaply() public {
        for (uint256 i = 0; i < 40; ++i) {
            address b = address(uint160(0x2000 + i));
            vm.deal(b, RESERVE);
            _bid(b, 1, RESERVE); // a 1-wei bid: below the reserve, never valid
        }
        _bid(alice, 2 ether, 2 ether); // the honest bidder still gets in
        uint256[] memory ids = new uint256[](3);
        for (uint256 i = 0; i < 3; ++i) {
            ids[i] = _reveal();
        }
        for (uint256 i = 0; i < 3; ++i) {
            _fulfil(ids[i]);
        }
        assertEq(auction.winner(), alice);
        assertEq(auction.winningBid(), 2 ether);
    }

    /// @dev A bid that never decrypts (without the on-chain proof check an invalid ciphertext is
    ///      accepted here and refused by the tKMS chain, so every request naming it expires) does
    ///      not block the others: its chunk is split until it stands alone, then excluded.
    function test_Reveal_UndecryptableBidIsIsolated() public {
        address mallory = makeAddr("mallory");
        vm.deal(mallory, 50 ether);
        _bid(alice, 3 ether, 3 ether);
        _bid(mallory, 50 ether, 50 ether);
        _bid(bob, 2 ether, 2 ether);
        _bid(carol, 1 ether, 1 ether);
        uint256 id = _reveal(); // [alice, mallory, bob, carol]: never answered
        (uint256 a, uint256 b) = _expireAndRetry(id); // [alice, mallory], [bob, carol]
        _fulfil(b);
        (uint256 c, uint256 d) = _expireAndRetry(a); // [alice], [mallory]
        _fulfil(c);
        assertFalse(auction.settled());
        vm.warp(oracle.getRequest(d).expiry);
        vm.expectEmit(address(auction));
        emit ISealedBidAuction.BidExcluded(mallory, 1);
        vm.expectEmit(address(auction));
        emit ISealedBidAuction.AuctionSettled(alice, 3 ether);
        auction.retryReveal(d);
        assertEq(auction.winner(), alice);
        assertEq(auction.withdrawable(mallory), 50 ether, "an excluded bidder gets its deposit back");
        // Every expired request's fee went back to whoever paid it.
        assertEq(
            auction.refundedFees(address(this)),
            oracle.getRequest(id).fee + oracle.getRequest(a).fee + oracle.getRequest(d).fee
        );
        assertEq(address(auction).balance, 3 ether + 50 ether + 2 ether + 1 ether + auction.refundedFees(address(this)));
    }

    function test_RevertWhen_RetryRevealBeforeExpiry() public {
        _bid(alice, 1 ether, 1 ether);
        _bid(bob, 1 ether, 1 ether);
        uint256 id = _reveal();
        uint256 fee = auction.retryFee(id);
        vm.deal(address(this), fee);
        vm.expectRevert(abi.encodeWithSelector(ISealedBidAuction.SealedBidAuctionRevealPending.selector, id));
        auction.retryReveal{value: fee}(id);
    }

    function test_RevertWhen_RetryRevealIncorrectFee() public {
        _bid(alice, 1 ether, 1 ether);
        _bid(bob, 1 ether, 1 ether);
        uint256 id = _reveal();
        vm.warp(oracle.getRequest(id).expiry);
        uint256 fee = auction.retryFee(id);
        vm.expectRevert(abi.encodeWithSelector(ISealedBidAuction.SealedBidAuctionIncorrectFee.selector, 0, fee));
        auction.retryReveal(id);
    }

    function test_RevertWhen_RetryRevealAnswered() public {
        _bid(alice, 1 ether, 1 ether);
        _bid(bob, 1 ether, 1 ether);
        uint256 id = _reveal();
        _fulfil(id);
        vm.expectRevert(abi.encodeWithSelector(ISealedBidAuction.SealedBidAuctionAlreadySettled.selector));
        auction.retryReveal(id);
    }

    /// @dev If someone else already had the oracle refund an expired reveal, the retry still
    ///      credits the fee to the reveal's payer.
    function test_RetryReveal_AfterExternalRefund() public {
        _bid(alice, 1 ether, 1 ether);
        address payer = makeAddr("payer");
        vm.warp(end);
        uint256 fee = auction.revealFee();
        vm.deal(payer, fee);
        vm.prank(payer);
        uint256 id = auction.reveal{value: fee}();
        vm.warp(oracle.getRequest(id).expiry);
        oracle.refund(id);
        auction.retryReveal(id); // a single bid: excluded
        assertEq(auction.refundedFees(payer), fee);
        vm.prank(payer);
        auction.withdraw();
        assertEq(payer.balance, fee);
    }

    function test_SettleFromStoredResult_AfterFailedCallback() public {
        _bid(alice, 1 ether, 2 ether);
        _bid(bob, 2 ether, 2 ether);
        uint256 id = _reveal();
        vm.mockCallRevert(address(auction), abi.encodeWithSelector(auction.onReveal.selector), "down");
        _fulfil(id);
        vm.clearMockedCalls();
        assertFalse(auction.settled());
        auction.settleFromStoredResult(id);
        assertEq(auction.winner(), bob);
        vm.expectRevert(abi.encodeWithSelector(ISealedBidAuction.SealedBidAuctionAlreadySettled.selector));
        auction.settleFromStoredResult(id);
    }

    function test_RevertWhen_SettleWithoutRequest() public {
        vm.expectRevert(abi.encodeWithSelector(ISealedBidAuction.SealedBidAuctionUnknownRequest.selector, 0));
        auction.settleFromStoredResult(0);
    }

    function test_Abandon_ReturnsDepositsWhenNoResultComes() public {
        _bid(alice, 1 ether, 2 ether);
        uint256 id = _reveal();
        uint64 notBefore = end + auction.ABANDON_AFTER();
        vm.warp(notBefore - 1);
        vm.expectRevert(abi.encodeWithSelector(ISealedBidAuction.SealedBidAuctionTooEarlyToAbandon.selector, notBefore));
        auction.abandon();
        vm.warp(notBefore);
        vm.expectEmit(address(auction));
        emit ISealedBidAuction.AuctionAbandoned();
        auction.abandon();
        assertEq(auction.withdrawable(alice), 2 ether);
        assertEq(auction.withdrawable(seller), 0);
        vm.prank(alice);
        auction.withdraw();
        assertEq(alice.balance, 100 ether);
        vm.expectRevert(abi.encodeWithSelector(ISealedBidAuction.SealedBidAuctionAlreadySettled.selector));
        auction.abandon();
        assertEq(uint8(oracle.getRequest(id).status), uint8(IDecryptionOracle.RequestStatus.Pending));
    }

    /// @dev A result arriving after the auction was abandoned is refused by the callback and
    ///      kept by the oracle; nothing changes in the auction, even a partial winner is cleared.
    function test_Abandon_LateResultIsRefused() public {
        _bid(alice, 1 ether, 2 ether);
        _bid(bob, 2 ether, 2 ether);
        _bid(carol, 1 ether, 1 ether);
        uint256 id = _reveal();
        vm.warp(end + auction.ABANDON_AFTER() - 1 hours);
        uint256 fee = auction.retryFee(id);
        vm.deal(address(this), fee);
        (uint256 a, uint256 b) = auction.retryReveal{value: fee}(id); // [alice, bob], [carol]
        _fulfil(a);
        assertEq(auction.winner(), bob);
        vm.warp(end + auction.ABANDON_AFTER());
        auction.abandon();
        assertEq(auction.winner(), address(0));
        vm.expectEmit(address(oracle));
        emit IDecryptionOracle.CallbackFailed(b, address(auction));
        _fulfil(b);
        assertEq(auction.winner(), address(0));
        assertEq(auction.withdrawable(bob), 2 ether);
    }

    function test_RevertWhen_ConstructedWithZeroSellerOrReserve() public {
        vm.expectRevert(abi.encodeWithSelector(ISealedBidAuction.SealedBidAuctionZeroSeller.selector));
        new SealedBidAuction(TKMS.TKMSConfig(acl, inputVerifier, oracle), address(0), end, RESERVE);
        vm.expectRevert(abi.encodeWithSelector(ISealedBidAuction.SealedBidAuctionZeroReserve.selector));
        new SealedBidAuction(TKMS.TKMSConfig(acl, inputVerifier, oracle), seller, end, 0);
    }
}

/// @notice A bidder contract without a receive function.
contract NoReceiveBidder {
    function bid(SealedBidAuction auction, bytes calldata ct, uint256 deposit) external {
        auction.bid{value: deposit}(ct);
    }

    function withdraw(SealedBidAuction auction) external {
        auction.withdraw();
    }
}
