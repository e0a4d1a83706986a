// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

/// @title ISealedBidAuction
/// @notice A first-price sealed-bid auction whose bids are tKMS-encrypted amounts (wei, as a
///         uint256 in the 32-byte plaintext). Each bidder locks a public deposit, which caps its
///         bid; bids are publicly decrypted only after bidding ends.
interface ISealedBidAuction {
    /// @notice Emitted when `bidder` places a sealed bid.
    event BidPlaced(address indexed bidder, bytes32 handle, uint256 deposit);

    /// @notice Emitted when the public decryption of all bids is requested.
    event RevealRequested(uint256 indexed requestId, address indexed payer);

    /// @notice Emitted when the bids are known. `winner` is zero when no bid was valid
    ///         (a bid is valid when 0 < amount ≤ deposit).
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

    /// @notice Thrown when a bid comes without a deposit.
    error SealedBidAuctionZeroDeposit();

    /// @notice Thrown when the auction already has MAX_BIDDERS bids.
    error SealedBidAuctionFull(uint256 maxBidders);

    /// @notice Thrown when revealing an auction without bids.
    error SealedBidAuctionNoBids();

    /// @notice Thrown when the auction is already settled.
    error SealedBidAuctionAlreadySettled();

    /// @notice Thrown when a reveal request is still pending.
    error SealedBidAuctionRevealPending(uint256 requestId);

    /// @notice Thrown when the reveal fee sent differs from the oracle's fee.
    error SealedBidAuctionIncorrectFee(uint256 sent, uint256 required);

    /// @notice Thrown when a callback or stored result is for another request.
    error SealedBidAuctionUnknownRequest(uint256 requestId);

    /// @notice Thrown when an account has nothing to withdraw.
    error SealedBidAuctionNothingToWithdraw(address account);

    /// @notice Thrown when an ETH transfer fails.
    error SealedBidAuctionTransferFailed(address to, uint256 amount);

    /// @notice Thrown when abandoning before ABANDON_AFTER has passed since the end of bidding.
    error SealedBidAuctionTooEarlyToAbandon(uint64 notBefore);

    /// @notice Thrown when the seller is the zero address.
    error SealedBidAuctionZeroSeller();

    /// @notice Places a sealed bid (a TDH2 ciphertext made for this contract and msg.sender) with
    ///         a deposit of msg.value.
    function bid(bytes calldata encryptedBid) external payable;

    /// @notice After bidding ends, marks the bids publicly decryptable and requests their
    ///         decryption; msg.value must be the oracle's fee.
    function reveal() external payable returns (uint256 requestId);

    /// @notice Decryption callback (oracle only).
    function onReveal(uint256 requestId, bytes calldata cleartexts) external;

    /// @notice Settles from the oracle's stored result when the callback failed.
    function settleFromStoredResult() external;

    /// @notice If the auction is still unsettled ABANDON_AFTER after the end of bidding (no
    ///         decryption ever came back), closes it without a winner so deposits can be withdrawn.
    function abandon() external;

    /// @notice Withdraws the caller's due: deposit minus winning bid for bidders, the winning bid
    ///         for the seller, refunded reveal fees for their payers.
    function withdraw() external;
}
