// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {TKMS} from "../TKMS.sol";
import {IDecryptionOracle} from "../interfaces/IDecryptionOracle.sol";
import {ISealedBidAuction} from "./ISealedBidAuction.sol";

/// @title SealedBidAuction
/// @notice Example dApp: encrypted bids through the InputVerifier, public decryption after the
///         end in chunks the tKMS chain accepts, the winner kept up to date by each chunk's
///         callback, payouts pulled with withdraw(). See ISealedBidAuction.
/// @dev What makes it safe to copy: a reserve price (a bid costs a locked deposit of at least the
///      reserve, and no bid below it wins), no cap on the number of bids (sybils cannot lock
///      anyone out), chunks of at most MAX_HANDLES bids (never a request the chain refuses), and
///      a chunk that never decrypts is split until the bid that blocks it stands alone and is
///      excluded, so honest bids are always revealed.
contract SealedBidAuction is ISealedBidAuction, TKMS {
    /// @notice Gas for onReveal: a loop over at most MAX_HANDLES bids and the winner's update.
    uint32 public constant REVEAL_CALLBACK_GAS = 400_000;
    /// @notice Lifetime of a reveal request; once expired, retryReveal() splits or excludes it.
    uint64 public constant REVEAL_MAX_DELAY = 1 days;
    /// @notice After this long past the end of bidding, an unsettled auction can be abandoned
    ///         so that deposits are never locked forever.
    uint64 public constant ABANDON_AFTER = 30 days;

    struct Bid {
        bytes32 handle;
        uint128 deposit;
        bool withdrawn;
    }

    /// @notice An open reveal request: bids [start, start + count) of `bidders`.
    struct Reveal {
        uint32 start;
        uint32 count;
        address payer;
    }

    address public immutable seller;
    uint64 public immutable biddingEnd;
    /// @notice Least deposit, and least valid bid.
    uint256 public immutable reservePrice;
    /// @notice Most bids in one reveal request: the oracle's MAX_HANDLES.
    uint256 public immutable chunkSize;

    address[] public bidders;
    mapping(address bidder => Bid) public bids;

    /// @notice Bids [0, nextToReveal) are in a reveal request or decided.
    uint256 public nextToReveal;
    /// @notice Bids whose amount is known or that were excluded.
    uint256 public decided;
    mapping(uint256 requestId => Reveal) public reveals;

    bool public settled;
    address public winner;
    uint256 public winningBid;
    /// @dev Index of the winner in `bidders` (ties go to the earlier bidder, whatever the order
    ///      in which chunks come back).
    uint256 internal winnerIndex;
    bool public sellerPaid;
    /// @notice Refunded reveal fees owed to their payers.
    mapping(address account => uint256) public refundedFees;
    /// @dev Refunds received from the oracle and not yet credited to a payer.
    uint256 internal unattributedRefunds;

    constructor(TKMSConfig memory config, address seller_, uint64 biddingEnd_, uint256 reservePrice_) TKMS(config) {
        if (seller_ == address(0)) revert SealedBidAuctionZeroSeller();
        if (reservePrice_ == 0) revert SealedBidAuctionZeroReserve();
        seller = seller_;
        biddingEnd = biddingEnd_;
        reservePrice = reservePrice_;
        chunkSize = config.decryptionOracle.MAX_HANDLES();
    }

    /// @inheritdoc ISealedBidAuction
    function bid(bytes calldata encryptedBid) external payable {
        if (block.timestamp >= biddingEnd) revert SealedBidAuctionWrongPhase(biddingEnd, uint64(block.timestamp));
        if (msg.value < reservePrice) revert SealedBidAuctionDepositBelowReserve(msg.value, reservePrice);
        if (bids[msg.sender].deposit != 0) revert SealedBidAuctionAlreadyBid(msg.sender);
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
        uint256 start = nextToReveal;
        if (start == n) revert SealedBidAuctionNothingToReveal();
        uint256 count = n - start < chunkSize ? n - start : chunkSize;
        nextToReveal = start + count;
        requestId = _requestReveal(start, count, msg.value);
    }

    /// @inheritdoc ISealedBidAuction
    function retryReveal(uint256 requestId) external payable returns (uint256 first, uint256 second) {
        if (settled) revert SealedBidAuctionAlreadySettled();
        Reveal memory r = reveals[requestId];
        if (r.count == 0) revert SealedBidAuctionUnknownRequest(requestId);
        _reclaim(requestId, r.payer);
        delete reveals[requestId];
        if (r.count == 1) {
            if (msg.value != 0) revert SealedBidAuctionIncorrectFee(msg.value, 0);
            emit BidExcluded(bidders[r.start], r.start);
            _decide(1);
            return (0, 0);
        }
        uint256 half = r.count / 2;
        uint256 firstFee = _decryptionFee(r.count - half, REVEAL_CALLBACK_GAS);
        uint256 required = firstFee + _decryptionFee(half, REVEAL_CALLBACK_GAS);
        if (msg.value != required) revert SealedBidAuctionIncorrectFee(msg.value, required);
        first = _requestReveal(r.start, r.count - half, firstFee);
        second = _requestReveal(r.start + r.count - half, half, msg.value - firstFee);
    }

    /// @inheritdoc ISealedBidAuction
    function onReveal(uint256 requestId, bytes calldata cleartexts) external onlyDecryptionOracle {
        Reveal memory r = _takeReveal(requestId);
        for (uint256 i = 0; i < r.count; ++i) {
            _consider(r.start + i, uint256(_cleartextAt(cleartexts, i)));
        }
        _decide(r.count);
    }

    /// @inheritdoc ISealedBidAuction
    function settleFromStoredResult(uint256 requestId) external {
        Reveal memory r = _takeReveal(requestId);
        bytes memory cleartexts = _storedResult(requestId);
        for (uint256 i = 0; i < r.count; ++i) {
            _consider(r.start + i, uint256(_cleartextAtMemory(cleartexts, i)));
        }
        _decide(r.count);
    }

    /// @inheritdoc ISealedBidAuction
    function abandon() external {
        if (settled) revert SealedBidAuctionAlreadySettled();
        uint64 notBefore = biddingEnd + ABANDON_AFTER;
        if (block.timestamp < notBefore) revert SealedBidAuctionTooEarlyToAbandon(notBefore);
        settled = true; // no winner: every bidder gets its deposit back
        winner = address(0);
        winningBid = 0;
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

    /// @notice The fee `reveal()` takes now (0 when every bid is requested).
    function revealFee() external view returns (uint256) {
        uint256 left = bidders.length - nextToReveal;
        if (left == 0) return 0;
        return _decryptionFee(left < chunkSize ? left : chunkSize, REVEAL_CALLBACK_GAS);
    }

    /// @notice The fee `retryReveal(requestId)` takes (0 for a single bid).
    function retryFee(uint256 requestId) external view returns (uint256) {
        uint256 count = reveals[requestId].count;
        if (count < 2) return 0;
        return _decryptionFee(count - count / 2, REVEAL_CALLBACK_GAS) + _decryptionFee(count / 2, REVEAL_CALLBACK_GAS);
    }

    /// @notice Refunds of expired reveal requests; credited to their payers by retryReveal.
    receive() external payable override {
        if (msg.sender != address(TKMS_DECRYPTION_ORACLE)) revert TKMSUnexpectedPayment(msg.sender);
        unattributedRefunds += msg.value;
    }

    /// @notice Number of bids.
    function bidderCount() external view returns (uint256) {
        return bidders.length;
    }

    function _requestReveal(uint256 start, uint256 count, uint256 fee) private returns (uint256 requestId) {
        uint256 required = _decryptionFee(count, REVEAL_CALLBACK_GAS);
        if (fee != required) revert SealedBidAuctionIncorrectFee(fee, required);
        bytes32[] memory handles = new bytes32[](count);
        for (uint256 i = 0; i < count; ++i) {
            handles[i] = bids[bidders[start + i]].handle;
            _allowPublicDecryption(handles[i]);
        }
        requestId = _requestDecryption(handles, this.onReveal.selector, REVEAL_CALLBACK_GAS, REVEAL_MAX_DELAY, fee);
        reveals[requestId] = Reveal({start: uint32(start), count: uint32(count), payer: msg.sender});
        emit RevealRequested(requestId, msg.sender, start, count);
    }

    /// @dev The open reveal `requestId`, now closed. A result arriving after the auction was
    ///      settled (abandoned) is refused, so that the oracle keeps it and nothing changes.
    function _takeReveal(uint256 requestId) private returns (Reveal memory r) {
        if (settled) revert SealedBidAuctionAlreadySettled();
        r = reveals[requestId];
        if (r.count == 0) revert SealedBidAuctionUnknownRequest(requestId);
        delete reveals[requestId];
    }

    /// @dev Has the oracle refund an expired, unanswered reveal (unless someone already did) and
    ///      credits its fee to `payer`; reverts while the request may still be answered.
    function _reclaim(uint256 requestId, address payer) private {
        IDecryptionOracle.Request memory req = TKMS_DECRYPTION_ORACLE.getRequest(requestId);
        if (req.status == IDecryptionOracle.RequestStatus.Pending) {
            if (block.timestamp < req.expiry) revert SealedBidAuctionRevealPending(requestId);
            TKMS_DECRYPTION_ORACLE.refund(requestId);
        } else if (req.status != IDecryptionOracle.RequestStatus.Refunded) {
            // Fulfilled with a failed callback: its result is stored, use settleFromStoredResult.
            revert SealedBidAuctionRevealPending(requestId);
        }
        unattributedRefunds -= req.fee;
        refundedFees[payer] += req.fee;
    }

    /// @dev Highest valid bid wins; ties go to the earlier bidder.
    function _consider(uint256 index, uint256 amount) private {
        address bidder = bidders[index];
        if (amount < reservePrice || amount > bids[bidder].deposit) return;
        if (amount > winningBid || (amount == winningBid && index < winnerIndex)) {
            winner = bidder;
            winningBid = amount;
            winnerIndex = index;
        }
    }

    function _decide(uint256 count) private {
        decided += count;
        if (decided == bidders.length) {
            settled = true;
            emit AuctionSettled(winner, winningBid);
        }
    }
}
