// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {TKMS} from "../TKMS.sol";
import {IDecryptionOracle} from "../interfaces/IDecryptionOracle.sol";
import {ISealedBidAuction} from "./ISealedBidAuction.sol";

/// @title SealedBidAuction
/// @notice Example dApp: encrypted bids through the InputVerifier, public decryption after the
///         end, the winner determined in the decryption callback, payouts pulled with withdraw().
contract SealedBidAuction is ISealedBidAuction, TKMS {
    /// @notice Most bids (one decryption request carries all of them).
    uint256 public constant MAX_BIDDERS = 16;
    /// @notice Gas for onReveal: a loop over at most MAX_BIDDERS bids.
    uint32 public constant REVEAL_CALLBACK_GAS = 400_000;
    /// @notice Lifetime of a reveal request; once expired, reveal() can be called again.
    uint64 public constant REVEAL_MAX_DELAY = 1 days;
    /// @notice After this long past the end of bidding, an unsettled auction can be abandoned
    ///         so that deposits are never locked forever.
    uint64 public constant ABANDON_AFTER = 30 days;

    struct Bid {
        bytes32 handle;
        uint128 deposit;
        bool withdrawn;
    }

    address public immutable seller;
    uint64 public immutable biddingEnd;

    address[] public bidders;
    mapping(address bidder => Bid) public bids;

    uint256 public revealRequestId;
    address public revealPayer;
    bool public settled;
    address public winner;
    uint256 public winningBid;
    bool public sellerPaid;
    /// @notice Refunded reveal fees owed to their payers.
    mapping(address account => uint256) public refundedFees;

    constructor(TKMSConfig memory config, address seller_, uint64 biddingEnd_) TKMS(config) {
        if (seller_ == address(0)) revert SealedBidAuctionZeroSeller();
        seller = seller_;
        biddingEnd = biddingEnd_;
    }

    /// @inheritdoc ISealedBidAuction
    function bid(bytes calldata encryptedBid) external payable {
        if (block.timestamp >= biddingEnd) revert SealedBidAuctionWrongPhase(biddingEnd, uint64(block.timestamp));
        if (msg.value == 0) revert SealedBidAuctionZeroDeposit();
        if (bids[msg.sender].deposit != 0) revert SealedBidAuctionAlreadyBid(msg.sender);
        if (bidders.length >= MAX_BIDDERS) revert SealedBidAuctionFull(MAX_BIDDERS);
        bytes32 handle = _verifyInput(encryptedBid, msg.sender);
        bids[msg.sender] = Bid({handle: handle, deposit: uint128(msg.value), withdrawn: false});
        bidders.push(msg.sender);
        emit BidPlaced(msg.sender, handle, msg.value);
    }

    /// @inheritdoc ISealedBidAuction
    function reveal() external payable returns (uint256 requestId) {
        if (block.timestamp < biddingEnd) revert SealedBidAuctionWrongPhase(biddingEnd, uint64(block.timestamp));
        if (settled) revert SealedBidAuctionAlreadySettled();
        uint256 n = bidders.length;
        if (n == 0) revert SealedBidAuctionNoBids();
        _reclaimExpiredReveal();
        uint256 fee = _decryptionFee(n, REVEAL_CALLBACK_GAS);
        if (msg.value != fee) revert SealedBidAuctionIncorrectFee(msg.value, fee);

        bytes32[] memory handles = new bytes32[](n);
        for (uint256 i = 0; i < n; ++i) {
            handles[i] = bids[bidders[i]].handle;
            _allowPublicDecryption(handles[i]);
        }
        requestId =
            _requestDecryption(handles, this.onReveal.selector, REVEAL_CALLBACK_GAS, REVEAL_MAX_DELAY, msg.value);
        revealRequestId = requestId;
        revealPayer = msg.sender;
        emit RevealRequested(requestId, msg.sender);
    }

    /// @inheritdoc ISealedBidAuction
    function onReveal(uint256 requestId, bytes calldata cleartexts) external onlyDecryptionOracle {
        if (requestId != revealRequestId) revert SealedBidAuctionUnknownRequest(requestId);
        uint256 n = bidders.length;
        uint256[] memory amounts = new uint256[](n);
        for (uint256 i = 0; i < n; ++i) {
            amounts[i] = uint256(_cleartextAt(cleartexts, i));
        }
        _settle(amounts);
    }

    /// @inheritdoc ISealedBidAuction
    function settleFromStoredResult() external {
        if (settled) revert SealedBidAuctionAlreadySettled();
        uint256 requestId = revealRequestId;
        if (requestId == 0) revert SealedBidAuctionUnknownRequest(0);
        bytes memory cleartexts = _storedResult(requestId);
        uint256 n = bidders.length;
        uint256[] memory amounts = new uint256[](n);
        for (uint256 i = 0; i < n; ++i) {
            amounts[i] = uint256(_cleartextAtMemory(cleartexts, i));
        }
        _settle(amounts);
    }

    /// @inheritdoc ISealedBidAuction
    function abandon() external {
        if (settled) revert SealedBidAuctionAlreadySettled();
        uint64 notBefore = biddingEnd + ABANDON_AFTER;
        if (block.timestamp < notBefore) revert SealedBidAuctionTooEarlyToAbandon(notBefore);
        settled = true; // winner stays 0: every bidder gets its deposit back
        emit AuctionAbandoned();
    }

    /// @inheritdoc ISealedBidAuction
    function withdraw() external {
        uint256 amount = refundedFees[msg.sender];
        refundedFees[msg.sender] = 0;
        if (settled) {
            Bid storage b = bids[msg.sender];
            if (b.deposit != 0 && !b.withdrawn) {
                b.withdrawn = true;
                amount += msg.sender == winner ? b.deposit - winningBid : b.deposit;
            }
            if (msg.sender == seller && !sellerPaid) {
                sellerPaid = true;
                amount += winningBid;
            }
        }
        if (amount == 0) revert SealedBidAuctionNothingToWithdraw(msg.sender);
        emit Withdrawn(msg.sender, amount);
        (bool ok,) = msg.sender.call{value: amount}("");
        if (!ok) revert SealedBidAuctionTransferFailed(msg.sender, amount);
    }

    /// @notice What `account` can withdraw now.
    function withdrawable(address account) external view returns (uint256 amount) {
        amount = refundedFees[account];
        if (settled) {
            Bid storage b = bids[account];
            if (b.deposit != 0 && !b.withdrawn) amount += account == winner ? b.deposit - winningBid : b.deposit;
            if (account == seller && !sellerPaid) amount += winningBid;
        }
    }

    /// @notice Refunds of expired reveal requests are owed to whoever paid that reveal.
    receive() external payable override {
        if (msg.sender != address(TKMS_DECRYPTION_ORACLE)) revert TKMSUnexpectedPayment(msg.sender);
        refundedFees[revealPayer] += msg.value;
    }

    /// @notice Number of bids.
    function bidderCount() external view returns (uint256) {
        return bidders.length;
    }

    /// @dev Highest valid bid wins (ties: the earlier bidder). Only reads bids, so that the
    ///      callback's cost stays small; payouts are computed in withdraw().
    function _settle(uint256[] memory amounts) private {
        if (settled) revert SealedBidAuctionAlreadySettled();
        settled = true;
        address best;
        uint256 bestAmount;
        for (uint256 i = 0; i < amounts.length; ++i) {
            address bidder = bidders[i];
            uint256 amount = amounts[i];
            if (amount != 0 && amount <= bids[bidder].deposit && amount > bestAmount) {
                best = bidder;
                bestAmount = amount;
            }
        }
        winner = best;
        winningBid = bestAmount;
        emit AuctionSettled(best, bestAmount);
    }

    /// @dev If an earlier reveal request is still open, reverts; if it expired unfulfilled, has
    ///      the oracle refund it (credited to its payer by `receive`) before a new one is made.
    function _reclaimExpiredReveal() private {
        uint256 previous = revealRequestId;
        if (previous == 0) return;
        IDecryptionOracle.Request memory req = TKMS_DECRYPTION_ORACLE.getRequest(previous);
        if (req.status != IDecryptionOracle.RequestStatus.Pending) return;
        if (block.timestamp < req.expiry) revert SealedBidAuctionRevealPending(previous);
        TKMS_DECRYPTION_ORACLE.refund(previous);
    }
}
