// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

/// @title ISealedBidAuction
/// @notice A first-price sealed-bid auction whose bids are tKMS-encrypted amounts (wei, as a
///         uint256 in the 32-byte plaintext). Each bidder locks a public deposit of at least the
///         reserve price, which caps its bid; a bid is valid when reserve ≤ amount ≤ deposit.
///         Bids are publicly decrypted only after bidding ends, in chunks of at most the
///         oracle's MAX_HANDLES bids (one decryption request each), so any number of bids can
///         be revealed. A chunk whose request expires unanswered (an invalid ciphertext the
///         tKMS chain refuses, say) is split in two and retried; a single bid whose request
///         expires is excluded (its deposit returned in full), so no bid can block the others.
interface ISealedBidAuction {
    /// @notice Emitted when `bidder` places a sealed bid.
    event BidPlaced(address indexed bidder, bytes32 handle, uint256 deposit);

    /// @notice Emitted when the decryption of bids [start, start + count) is requested.
    event RevealRequested(uint256 indexed requestId, address indexed payer, uint256 start, uint256 count);

    /// @notice Emitted when the bid at `index` is excluded because its decryption never came.
    event BidExcluded(address indexed bidder, uint256 index);

    /// @notice Emitted when every bid is known (or excluded). `winner` is zero when no bid was valid.
    event AuctionSettled(address indexed winner, uint256 winningBid);

    /// @notice Emitted when an auction that could not be settled is abandoned: every deposit
    ///         is returned, nothing is sold.
    event AuctionAbandoned();

    /// @notice Emitted when someone withdraws what the auction owes it.
    event Withdrawn(address indexed account, uint256 amount);

    /// @notice Thrown when bidding after the end, or revealing before it.
    error SealedBidAuctionWrongPhase(uint64 biddingEnd, uint64 nowTimestamp);

    /// @notice Thrown when a bidder bids twice.
    error SealedBidAuctionAlreadyBid(address bidder);

    /// @notice Thrown when a bid's deposit is below the reserve price.
    error SealedBidAuctionDepositBelowReserve(uint256 deposit, uint256 reservePrice);

    /// @notice Thrown when revealing an auction without bids.
    error SealedBidAuctionNoBids();

    /// @notice Thrown when every bid is already in a reveal request or known.
    error SealedBidAuctionNothingToReveal();

    /// @notice Thrown when the auction is already settled.
    error SealedBidAuctionAlreadySettled();

    /// @notice Thrown when retrying a reveal request that has not expired.
    error SealedBidAuctionRevealPending(uint256 requestId);

    /// @notice Thrown when the reveal fee sent differs from the oracle's fee.
    error SealedBidAuctionIncorrectFee(uint256 sent, uint256 required);

    /// @notice Thrown when a callback, stored result or retry is for a request that is not an
    ///         open reveal of this auction.
    error SealedBidAuctionUnknownRequest(uint256 requestId);

    /// @notice Thrown when an account has nothing to withdraw.
    error SealedBidAuctionNothingToWithdraw(address account);

    /// @notice Thrown when an ETH transfer fails.
    error SealedBidAuctionTransferFailed(address to, uint256 amount);

    /// @notice Thrown when abandoning before ABANDON_AFTER has passed since the end of bidding.
    error SealedBidAuctionTooEarlyToAbandon(uint64 notBefore);

    /// @notice Thrown when the seller is the zero address.
    error SealedBidAuctionZeroSeller();

    /// @notice Thrown when the reserve price is zero (bids would cost nothing to spam).
    error SealedBidAuctionZeroReserve();

    /// @notice Places a sealed bid (a TDH2 ciphertext made for this contract and msg.sender) with
    ///         a deposit of msg.value ≥ reservePrice.
    function bid(bytes calldata encryptedBid) external payable;

    /// @notice After bidding ends, marks the next chunk of bids publicly decryptable and requests
    ///         its decryption; msg.value must be `revealFee()`. Call until every bid is requested.
    function reveal() external payable returns (uint256 requestId);

    /// @notice For a reveal request that expired unanswered: takes its fee back (credited to its
    ///         payer) and requests its bids again in two halves (msg.value = `retryFee(requestId)`),
    ///         or, for a single bid, excludes that bid (msg.value = 0).
    function retryReveal(uint256 requestId) external payable returns (uint256 first, uint256 second);

    /// @notice Decryption callback (oracle only).
    function onReveal(uint256 requestId, bytes calldata cleartexts) external;

    /// @notice Applies the oracle's stored result of `requestId` when its callback failed.
    function settleFromStoredResult(uint256 requestId) external;

    /// @notice If the auction is still unsettled ABANDON_AFTER after the end of bidding, closes it
    ///         without a winner so deposits can be withdrawn.
    function abandon() external;

    /// @notice Withdraws the caller's due: deposit minus winning bid for bidders, the winning bid
    ///         for the seller, refunded reveal fees for their payers.
    function withdraw() external;
}
