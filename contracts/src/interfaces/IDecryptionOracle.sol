// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

/// @title IDecryptionOracle
/// @notice Public decryption of tKMS handles for dApps. A dApp allowed on the handles requests a
///         decryption and pays a fee; the oracle stores a commitment to the request (proved to the
///         tKMS chain by relayers with eth_getProof); the MPC signer set signs the result for
///         the relayer that carried the request (its payee); anyone delivers it with `fulfill`
///         or `fulfillBatch`, the fee is credited to that payee, and the dApp is called back.
/// @dev Cleartexts encoding: `abi.encode(bytes32 v_1, …, bytes32 v_k)`, one 32-byte word per
///      handle, in the order of the request's handles (a 32-byte TDH2 plaintext per handle).
///      The commitment and its slot are specified in contracts/STORAGE.md.
///      Callback: `callbackSelector(uint256 requestId, bytes cleartexts)` on the requester, with
///      exactly `callbackGasLimit` gas available to it; its failure never reverts fulfilment.
///      A requester without code (an EOA) is never called back: its result is stored.
///      Fee: `baseFee + perHandleFee·n + perGasFee·(callbackGasLimit + RESULT_STORAGE_GAS_PER_WORD·(n+1))`,
///      so that the relayer who pays for the callback and, when it fails, for storing the result
///      is paid for both.
interface IDecryptionOracle {
    /// @notice Life cycle of a request.
    enum RequestStatus {
        None,
        Pending,
        Fulfilled,
        Refunded
    }

    /// @notice A stored request (three storage slots).
    struct Request {
        address requester;
        bytes4 callbackSelector;
        uint32 callbackGasLimit;
        uint16 handleCount;
        RequestStatus status;
        uint64 expiry;
        /// @dev The KMSVerifier epoch current at request time: its set signs the result.
        uint64 signerEpoch;
        uint128 fee;
        bytes32 handlesHash;
    }

    /// @notice One signed result: the EIP-712
    ///         DecryptionResult(uint256 requestId,bytes32[] handles,bytes cleartexts,address payee).
    struct Result {
        uint256 requestId;
        bytes32[] handles;
        bytes cleartexts;
        address payee;
    }

    /// @notice Emitted for every request, with everything a relayer needs to carry it.
    /// @param keyEpoch The key epoch every handle was encrypted under (ACL.keyEpochOf).
    /// @param signerEpoch The signer epoch whose set signs the result.
    /// @param commitment The value stored at the request's commitment slot.
    event DecryptionRequested(
        uint256 indexed requestId,
        address indexed requester,
        bytes32[] handles,
        uint64 keyEpoch,
        uint64 signerEpoch,
        uint64 expiry,
        bytes4 callbackSelector,
        uint32 callbackGasLimit,
        uint256 fee,
        bytes32 commitment
    );

    /// @notice Emitted when a request is fulfilled. The cleartexts are in the transaction's
    ///         input (and in the callback, or `resultOf`); the fee in a FeesCredited event.
    event DecryptionFulfilled(uint256 indexed requestId);

    /// @notice Emitted when fees are credited to `payee` (once per fulfil call and payee run).
    event FeesCredited(address indexed payee, uint256 amount);

    /// @notice Emitted when a payee withdraws its credited fees to `to`.
    event Withdrawn(address indexed payee, address indexed to, uint256 amount);

    /// @notice Emitted when the callback reverted or ran out of gas; the result is then stored
    ///         and readable with `resultOf`.
    event CallbackFailed(uint256 indexed requestId, address indexed requester);

    /// @notice Emitted when an expired request's fee is returned to its requester.
    event DecryptionRefunded(uint256 indexed requestId, address indexed requester, uint256 amount);

    /// @notice Emitted when the owner changes the fees.
    event FeesUpdated(uint128 baseFee, uint128 perHandleFee, uint128 perGasFee);

    /// @notice Emitted when a refund could not be transferred to its requester and was credited
    ///         instead (withdraw it with `withdrawRefund`).
    event RefundCredited(uint256 indexed requestId, address indexed requester, uint256 amount);

    /// @notice Emitted when `requester` withdraws its credited refunds to `to`.
    event RefundWithdrawn(address indexed requester, address indexed to, uint256 amount);

    /// @notice Thrown when a request has no handles.
    error DecryptionOracleNoHandles();

    /// @notice Thrown when a request has more than MAX_HANDLES handles.
    error DecryptionOracleTooManyHandles(uint256 count, uint256 max);

    /// @notice Thrown when a request names the same handle twice (the tKMS chain refuses it).
    error DecryptionOracleRepeatedHandle(bytes32 handle);

    /// @notice Thrown when withdrawing refunds while none are credited.
    error DecryptionOracleNothingToWithdraw(address account);

    /// @notice Thrown by renounceOwnership: without an owner the fees could never change.
    error DecryptionOracleCannotRenounceOwnership();

    /// @notice Thrown when the requester is neither allowed on a handle nor is it publicly decryptable.
    error DecryptionOracleNotAllowed(bytes32 handle, address requester);

    /// @notice Thrown when msg.value differs from the request fee.
    error DecryptionOracleIncorrectFee(uint256 sent, uint256 required);

    /// @notice Thrown when the callback gas limit exceeds MAX_CALLBACK_GAS_LIMIT.
    error DecryptionOracleCallbackGasLimitTooHigh(uint256 given, uint256 max);

    /// @notice Thrown when maxDelay is 0 or exceeds MAX_DELAY.
    error DecryptionOracleInvalidMaxDelay(uint64 given, uint64 max);

    /// @notice Thrown when no request has this id.
    error DecryptionOracleUnknownRequest(uint256 requestId);

    /// @notice Thrown when a request was already fulfilled (the first relayer won).
    error DecryptionOracleAlreadyFulfilled(uint256 requestId);

    /// @notice Thrown when fulfilling a request that was refunded.
    error DecryptionOracleAlreadyRefunded(uint256 requestId);

    /// @notice Thrown when fulfilling a request at or after its expiry.
    error DecryptionOracleRequestExpired(uint256 requestId, uint64 expiry);

    /// @notice Thrown when refunding a request before its expiry.
    error DecryptionOracleRequestNotExpired(uint256 requestId, uint64 expiry);

    /// @notice Thrown when cleartexts is not 32 bytes per handle.
    error DecryptionOracleInvalidCleartextsLength(uint256 length, uint256 expected);

    /// @notice Thrown when too little gas is left to give the callback its full gas limit (checked
    ///         before the call, and after a failed call by the 63/64 rule).
    error DecryptionOracleInsufficientGas(uint256 available, uint256 required);

    /// @notice Thrown when an ETH transfer (relayer fee or refund withdrawal) fails.
    error DecryptionOracleTransferFailed(address to, uint256 amount);

    /// @notice Thrown when fulfillBatch's request ids and payees differ in length.
    error DecryptionOracleBatchLengthMismatch();

    /// @notice Thrown when fulfillBatch is given no results.
    error DecryptionOracleEmptyBatch();

    /// @notice Thrown when a batch member's request was made under another signer epoch than the
    ///         batch's (its result must be signed by that epoch's set).
    error DecryptionOracleSignerEpochMismatch(uint256 requestId, uint64 requestEpoch, uint64 batchEpoch);

    /// @notice Thrown when the handles of a request were encrypted under different keys.
    error DecryptionOracleMixedKeyEpochs(bytes32 handle, uint64 keyEpoch, uint64 firstKeyEpoch);

    /// @notice Thrown when reading a result that was not stored (delivered by a successful callback,
    ///         or not fulfilled).
    error DecryptionOracleResultNotStored(uint256 requestId);

    /// @notice Thrown when a constructor address is zero.
    error DecryptionOracleZeroAddress();

    /// @notice Requests the public decryption of `handles` (1..MAX_HANDLES distinct handles, the
    ///         tKMS chain's own rule). msg.sender must be allowed on each handle (or the handle
    ///         publicly decryptable) and pay exactly `requestFee(n, callbackGasLimit)`.
    /// @param callbackSelector Selector called back on msg.sender as
    ///        `f(uint256 requestId, bytes cleartexts)`; 0x00000000 for none (pull with `resultOf`).
    /// @param callbackGasLimit Gas given to the callback, at most MAX_CALLBACK_GAS_LIMIT.
    /// @param maxDelay Seconds until the request expires (1..MAX_DELAY); then it can be refunded.
    /// @return requestId A fresh id: `firstRequestId()`, then + 1 for each request.
    function requestDecryption(
        bytes32[] calldata handles,
        bytes4 callbackSelector,
        uint32 callbackGasLimit,
        uint64 maxDelay
    ) external payable returns (uint256 requestId);

    /// @notice Delivers one result, signed as a batch of one (see `fulfillBatch`) by the set of
    ///         the request's signer epoch. Anyone may call it; the fee is credited to `payee`.
    function fulfill(uint256 requestId, bytes calldata cleartexts, address payee, bytes calldata signatures) external;

    /// @notice Delivers a batch of results with one signature set. `signatures` (packed 65-byte
    ///         r‖s‖v, see IKMSVerifier) must be by the set of `signerEpoch` over the EIP-712
    ///         DecryptionResultBatch(uint64 signerEpoch,DecryptionResult[] results) with
    ///         DecryptionResult(uint256 requestId,bytes32[] handles,bytes cleartexts,address payee), domain
    ///         {name "TKMS", version "1", chainId, this oracle}; `results` is the signed list in
    ///         its order (the handles are the requests' own, as stored), and every request in it
    ///         must have been made under `signerEpoch`.
    ///         Requests no longer pending (fulfilled, refunded or expired) are skipped; each other
    ///         one is delivered (callback isolated as in `fulfill`) and its fee credited to its
    ///         payee (the requester when the payee is zero).
    /// @return fulfilled How many requests this call fulfilled.
    function fulfillBatch(
        uint64 signerEpoch,
        uint256[] calldata requestIds,
        address[] calldata payees,
        bytes calldata cleartexts,
        bytes calldata signatures
    ) external returns (uint256 fulfilled);

    /// @notice Sends msg.sender's credited fees to `to`.
    function withdraw(address payable to) external;

    /// @notice Fees credited to `payee` and not yet withdrawn.
    function owedTo(address payee) external view returns (uint256);

    /// @notice Returns the fee of an expired, unfulfilled request to its requester (anyone may
    ///         call). If the transfer fails, the amount is credited to the requester instead.
    function refund(uint256 requestId) external;

    /// @notice Sends every refund credited to msg.sender (see `refund`) to `to`.
    function withdrawRefund(address payable to) external;

    /// @notice Sets the fee schedule (owner only); see the contract's notice for the formula.
    function setFees(uint128 baseFee, uint128 perHandleFee, uint128 perGasFee) external;

    /// @notice The fee of a request for `handleCount` handles with a callback gas limit of
    ///         `callbackGasLimit`.
    function requestFee(uint256 handleCount, uint32 callbackGasLimit) external view returns (uint256);

    /// @notice The fee schedule.
    function fees() external view returns (uint128 baseFee, uint128 perHandleFee, uint128 perGasFee);

    /// @notice Refunds credited to `requester` and not yet withdrawn.
    function refundOf(address requester) external view returns (uint256);

    /// @notice The id of this oracle's first request: the high 192 bits of
    ///         keccak256(abi.encode(chainId, oracle)) with a counter of 1 in the low 64 bits,
    ///         so that ids of different oracles never collide.
    function firstRequestId() external view returns (uint256);

    /// @notice The stored request.
    function getRequest(uint256 requestId) external view returns (Request memory);

    /// @notice The commitment stored for `requestId` (0 if none).
    function commitmentOf(uint256 requestId) external view returns (bytes32);

    /// @notice The stored result of a request whose callback failed or that had no callback.
    function resultOf(uint256 requestId) external view returns (bytes memory cleartexts);

    /// @notice keccak256(abi.encode(chainId, oracle, requestId, handlesHash, requester, keyEpoch,
    ///         signerEpoch, expiry)).
    function computeCommitment(
        uint256 requestId,
        bytes32 handlesHash,
        address requester,
        uint64 keyEpoch,
        uint64 signerEpoch,
        uint64 expiry
    ) external view returns (bytes32);

    /// @notice The EIP-712 digest the signer set of `signerEpoch` signs for `results`.
    function decryptionResultDigest(uint64 signerEpoch, Result[] calldata results) external view returns (bytes32);

    /// @notice Most handles in one request (the tKMS chain's limit); larger sets need several requests.
    function MAX_HANDLES() external view returns (uint256);

    /// @notice The id the next request will get.
    function nextRequestId() external view returns (uint256);
}
