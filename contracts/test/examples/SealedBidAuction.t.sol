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
        auction = new SealedBidAuction(TKMS.TKMSConfig(acl, inputVerifier, oracle), seller, end);
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

    function _reveal() internal returns (uint256 id) {
        vm.warp(end);
        uint256 fee = oracle.requestFee(auction.bidderCount(), auction.REVEAL_CALLBACK_GAS());
        vm.deal(address(this), fee);
        id = auction.reveal{value: fee}();
    }

    /// @dev What the MPC parties would compute: every bid decrypted, signed by the set.
    function _fulfil(uint256 id) internal {
        uint256 n = auction.bidderCount();
        bytes32[] memory handles = new bytes32[](n);
        bytes memory cleartexts;
        for (uint256 i = 0; i < n; ++i) {
            address bidder = auction.bidders(i);
            (handles[i],,) = auction.bids(bidder);
            cleartexts = bytes.concat(cleartexts, TDH2TestLib.decrypt(KEY_SECRET, bidCiphertext[bidder]));
        }
        bytes memory sigs = _signFirst(_resultDigest(address(oracle), id, handles, cleartexts, EPOCH), 2);
        vm.prank(relayer);
        oracle.fulfill(id, cleartexts, sigs);
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
        _bid(alice, 0, 1 ether);
        _bid(bob, 5 ether, 1 ether);
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
            deposits[i] = bound(deposits[i], 1, 10 ether);
            amounts[i] = bound(amounts[i], 0, 12 ether);
            vm.deal(who[i], deposits[i]);
            _bid(who[i], amounts[i], deposits[i]);
            if (amounts[i] != 0 && amounts[i] <= deposits[i] && amounts[i] > best) {
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

    function test_RevertWhen_BidWithoutDeposit() public {
        bytes memory ct = _encryptInput(bytes32(uint256(1)), address(auction), alice, 1);
        vm.expectRevert(abi.encodeWithSelector(ISealedBidAuction.SealedBidAuctionZeroDeposit.selector));
        vm.prank(alice);
        auction.bid(ct);
    }

    function test_RevertWhen_BidTwice() public {
        _bid(alice, 1, 1 ether);
        bytes memory ct = _encryptInput(bytes32(uint256(2)), address(auction), alice, 2);
        vm.expectRevert(abi.encodeWithSelector(ISealedBidAuction.SealedBidAuctionAlreadyBid.selector, alice));
        vm.prank(alice);
        auction.bid{value: 1}(ct);
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

    function test_RevertWhen_AuctionFull() public {
        for (uint256 i = 0; i < 16; ++i) {
            address b = address(uint160(0x1000 + i));
            vm.deal(b, 1);
            bytes memory ct = _encryptInput(bytes32(uint256(1)), address(auction), b, i);
            vm.prank(b);
            auction.bid{value: 1}(ct);
        }
        bytes memory last = _encryptInput(bytes32(uint256(1)), address(auction), alice, 99);
        vm.expectRevert(abi.encodeWithSelector(ISealedBidAuction.SealedBidAuctionFull.selector, 16));
        vm.prank(alice);
        auction.bid{value: 1}(last);
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

    function test_RevertWhen_RevealWhilePending() public {
        _bid(alice, 1, 1 ether);
        uint256 id = _reveal();
        uint256 fee = oracle.requestFee(1, auction.REVEAL_CALLBACK_GAS());
        vm.deal(address(this), fee);
        vm.expectRevert(abi.encodeWithSelector(ISealedBidAuction.SealedBidAuctionRevealPending.selector, id));
        auction.reveal{value: fee}();
    }

    function test_RevertWhen_RevealAfterSettled() public {
        _bid(alice, 1, 1 ether);
        _fulfil(_reveal());
        vm.expectRevert(abi.encodeWithSelector(ISealedBidAuction.SealedBidAuctionAlreadySettled.selector));
        auction.reveal();
    }

    /// @dev An expired reveal is refunded to its payer and a new one can be made.
    function test_Reveal_AgainAfterExpiry() public {
        _bid(alice, 1 ether, 1 ether);
        address payer1 = makeAddr("payer1");
        uint256 fee = oracle.requestFee(1, auction.REVEAL_CALLBACK_GAS());
        vm.deal(payer1, fee);
        vm.warp(end);
        vm.prank(payer1);
        uint256 first = auction.reveal{value: fee}();
        vm.warp(block.timestamp + auction.REVEAL_MAX_DELAY());
        vm.deal(address(this), fee);
        uint256 second = auction.reveal{value: fee}();
        assertEq(uint8(oracle.getRequest(first).status), uint8(IDecryptionOracle.RequestStatus.Refunded));
        assertEq(auction.refundedFees(payer1), fee);
        vm.prank(payer1);
        auction.withdraw();
        assertEq(payer1.balance, fee);
        _fulfil(second);
        assertEq(auction.winner(), alice);
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

    function test_SettleFromStoredResult_AfterFailedCallback() public {
        _bid(alice, 1 ether, 2 ether);
        _bid(bob, 2 ether, 2 ether);
        uint256 id = _reveal();
        vm.mockCallRevert(address(auction), abi.encodeWithSelector(auction.onReveal.selector), "down");
        _fulfil(id);
        vm.clearMockedCalls();
        assertFalse(auction.settled());
        auction.settleFromStoredResult();
        assertEq(auction.winner(), bob);
        vm.expectRevert(abi.encodeWithSelector(ISealedBidAuction.SealedBidAuctionAlreadySettled.selector));
        auction.settleFromStoredResult();
    }

    function test_RevertWhen_SettleWithoutRequest() public {
        vm.expectRevert(abi.encodeWithSelector(ISealedBidAuction.SealedBidAuctionUnknownRequest.selector, 0));
        auction.settleFromStoredResult();
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
    ///      kept by the oracle; nothing changes in the auction.
    function test_Abandon_LateResultIsRefused() public {
        _bid(alice, 1 ether, 2 ether);
        uint256 id = _revealPendingAt(end + auction.ABANDON_AFTER());
        auction.abandon();
        vm.expectEmit(address(oracle));
        emit IDecryptionOracle.CallbackFailed(id, address(auction));
        _fulfil(id);
        assertEq(auction.winner(), address(0));
        assertEq(auction.withdrawable(alice), 2 ether);
    }

    /// @dev Reveals, and re-reveals each time the request expires (REVEAL_MAX_DELAY), until
    ///      `deadline`; returns the request still pending then.
    function _revealPendingAt(uint64 deadline) internal returns (uint256 id) {
        id = _reveal();
        while (oracle.getRequest(id).expiry <= deadline) {
            vm.warp(oracle.getRequest(id).expiry);
            uint256 fee = oracle.requestFee(auction.bidderCount(), auction.REVEAL_CALLBACK_GAS());
            vm.deal(address(this), fee);
            id = auction.reveal{value: fee}();
        }
        vm.warp(deadline);
    }

    /// @dev If someone else already refunded an expired reveal, reveal() simply makes a new one.
    function test_Reveal_AfterExternalRefund() public {
        _bid(alice, 1 ether, 1 ether);
        uint256 first = _reveal();
        vm.warp(block.timestamp + auction.REVEAL_MAX_DELAY());
        oracle.refund(first);
        assertEq(auction.refundedFees(address(this)), oracle.requestFee(1, auction.REVEAL_CALLBACK_GAS()));
        uint256 fee = oracle.requestFee(1, auction.REVEAL_CALLBACK_GAS());
        vm.deal(address(this), fee);
        uint256 second = auction.reveal{value: fee}();
        assertEq(second, first + 1);
    }

    function test_RevertWhen_EtherSentByOtherThanOracle() public {
        vm.deal(alice, 1 ether);
        vm.prank(alice);
        (bool ok, bytes memory reason) = address(auction).call{value: 1}("");
        assertFalse(ok);
        assertEq(reason, abi.encodeWithSelector(ITKMSClient.TKMSUnexpectedPayment.selector, alice));
    }

    function test_RevertWhen_ConstructedWithZeroSeller() public {
        vm.expectRevert(abi.encodeWithSelector(ISealedBidAuction.SealedBidAuctionZeroSeller.selector));
        new SealedBidAuction(TKMS.TKMSConfig(acl, inputVerifier, oracle), address(0), end);
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
