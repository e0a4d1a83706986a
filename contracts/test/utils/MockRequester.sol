// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {IDecryptionOracle} from "../../src/interfaces/IDecryptionOracle.sol";

/// @notice A dApp stand-in whose decryption callback can misbehave in configurable ways.
contract MockRequester {
    enum Mode {
        Ok,
        Revert,
        BurnGas,
        ReturnBomb,
        Reenter,
        RequestAgain
    }

    IDecryptionOracle public immutable oracle;
    Mode public mode;
    bool public rejectPayments;

    uint256 public calls;
    uint256 public lastRequestId;
    bytes public lastCleartexts;
    uint256 public gasAtEntry;
    bool public reentryReverted;
    uint256 public followUpRequestId;

    uint256 internal reenterId;
    bytes internal reenterCleartexts;
    bytes internal reenterSignatures;
    bytes32[] internal followUpHandles;

    constructor(IDecryptionOracle oracle_) {
        oracle = oracle_;
    }

    function setMode(Mode m) external {
        mode = m;
    }

    function setRejectPayments(bool reject) external {
        rejectPayments = reject;
    }

    function setReentry(uint256 id, bytes calldata cleartexts, bytes calldata signatures) external {
        reenterId = id;
        reenterCleartexts = cleartexts;
        reenterSignatures = signatures;
    }

    function setFollowUp(bytes32[] calldata handles) external {
        followUpHandles = handles;
    }

    function request(bytes32[] calldata handles, bytes4 selector, uint32 gasLimit, uint64 maxDelay)
        external
        payable
        returns (uint256)
    {
        return oracle.requestDecryption{value: msg.value}(handles, selector, gasLimit, maxDelay);
    }

    function onResult(uint256 requestId, bytes calldata cleartexts) external {
        gasAtEntry = gasleft();
        require(msg.sender == address(oracle), "not oracle");
        Mode m = mode;
        if (m == Mode.Revert) revert("callback failed");
        if (m == Mode.BurnGas) {
            while (true) {}
        }
        calls += 1;
        lastRequestId = requestId;
        lastCleartexts = cleartexts;
        if (m == Mode.ReturnBomb) {
            assembly {
                return(0, 300000)
            }
        }
        if (m == Mode.Reenter) {
            try oracle.fulfill(reenterId, reenterCleartexts, address(this), reenterSignatures) {}
            catch {
                reentryReverted = true;
            }
        }
        if (m == Mode.RequestAgain) {
            followUpRequestId = oracle.requestDecryption{value: oracle.requestFee(followUpHandles.length, 100_000)}(
                followUpHandles, this.onResult.selector, 100_000, 1 hours
            );
        }
    }

    receive() external payable {
        require(!rejectPayments, "no payments");
    }
}

/// @notice A relayer contract that cannot receive ETH.
contract RejectingRelayer {
    function fulfill(IDecryptionOracle oracle, uint256 id, bytes calldata cleartexts, bytes calldata sigs) external {
        oracle.fulfill(id, cleartexts, address(this), sigs);
    }

    function withdraw(IDecryptionOracle oracle) external {
        oracle.withdraw(payable(address(this)));
    }
}
