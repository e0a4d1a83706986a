// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {TKMSTestBase} from "./utils/TKMSTestBase.sol";
import {TKMSHarness} from "./utils/TKMSHarness.sol";
import {TDH2TestLib} from "./utils/TDH2TestLib.sol";
import {TKMS} from "../src/TKMS.sol";
import {ITKMSClient} from "../src/interfaces/ITKMSClient.sol";
import {IACL} from "../src/interfaces/IACL.sol";
import {IInputVerifier} from "../src/interfaces/IInputVerifier.sol";
import {IDecryptionOracle} from "../src/interfaces/IDecryptionOracle.sol";

contract TKMSTest is TKMSTestBase {
    TKMSHarness internal app;
    address internal user = makeAddr("user");

    function setUp() public {
        vm.warp(1_700_000_000);
        _deploySuite(4, 2, true);
        app = new TKMSHarness(TKMS.TKMSConfig(acl, inputVerifier, oracle));
    }

    function _cfg() internal view returns (TKMS.TKMSConfig memory) {
        return TKMS.TKMSConfig(acl, inputVerifier, oracle);
    }

    function test_RevertWhen_ConfiguredWithZeroAddress() public {
        TKMS.TKMSConfig memory c = _cfg();
        c.acl = IACL(address(0));
        vm.expectRevert(abi.encodeWithSelector(ITKMSClient.TKMSZeroAddress.selector));
        new TKMSHarness(c);
        c = _cfg();
        c.inputVerifier = IInputVerifier(address(0));
        vm.expectRevert(abi.encodeWithSelector(ITKMSClient.TKMSZeroAddress.selector));
        new TKMSHarness(c);
        c = _cfg();
        c.decryptionOracle = IDecryptionOracle(address(0));
        vm.expectRevert(abi.encodeWithSelector(ITKMSClient.TKMSZeroAddress.selector));
        new TKMSHarness(c);
    }

    /// @dev Input, request, callback: the whole common path end to end, with the result
    ///      computed by decrypting the ciphertext with the (test-only) whole key.
    function test_CommonPath_EndToEnd() public {
        bytes memory ct = _encryptInput(bytes32(uint256(31337)), address(app), user, 1);
        vm.prank(user);
        bytes32 handle = app.submit(ct);
        assertTrue(acl.isAllowed(handle, address(app)) && acl.isAllowed(handle, user));

        uint256 fee = app.fee(1);
        uint256 id = app.decrypt{value: fee}(_single(handle));
        bytes memory cleartexts = abi.encode(TDH2TestLib.decrypt(KEY_SECRET, ct));
        bytes memory sigs =
            _signFirst(_resultDigest(address(oracle), EPOCH, id, _single(handle), cleartexts, relayer), 2);
        vm.prank(relayer);
        oracle.fulfill(id, cleartexts, relayer, sigs);

        assertEq(app.callbacks(), 1);
        assertEq(app.lastId(), id);
        assertEq(app.firstValue(), bytes32(uint256(31337)));
    }

    function test_RevertWhen_CallbackNotFromOracle() public {
        vm.expectRevert(abi.encodeWithSelector(ITKMSClient.TKMSOnlyDecryptionOracle.selector, address(this)));
        app.onResult(1, abi.encode(bytes32(0)));
    }

    function test_RevertWhen_RequestFeeNotCovered() public {
        bytes memory ct = _encryptInput(bytes32(uint256(1)), address(app), user, 2);
        vm.prank(user);
        bytes32 handle = app.submit(ct);
        uint256 fee = app.fee(1);
        vm.expectRevert(abi.encodeWithSelector(ITKMSClient.TKMSIncorrectFee.selector, fee - 1, fee));
        app.decrypt{value: fee - 1}(_single(handle));
    }

    /// @dev The dApp's balance holds its users' money: a request spends only the budget it is
    ///      given (here msg.value), so a caller cannot turn deposits into fees it then collects
    ///      as the relayer.
    function test_RevertWhen_RequestWouldSpendTheBalance() public {
        bytes memory ct = _encryptInput(bytes32(uint256(1)), address(app), user, 6);
        vm.prank(user);
        bytes32 handle = app.submit(ct);
        vm.deal(address(app), 10 ether); // user deposits
        uint256 fee = app.fee(1);
        vm.expectRevert(abi.encodeWithSelector(ITKMSClient.TKMSIncorrectFee.selector, 0, fee));
        app.decrypt(_single(handle));
        assertEq(address(app).balance, 10 ether);
        assertEq(address(oracle).balance, 0);
    }

    function test_Receive_AcceptsOnlyOracleRefunds() public {
        vm.expectRevert(abi.encodeWithSelector(ITKMSClient.TKMSUnexpectedPayment.selector, address(this)));
        (bool ok,) = address(app).call{value: 1}("");
        ok; // the expected revert is asserted by expectRevert
        bytes memory ct = _encryptInput(bytes32(uint256(1)), address(app), user, 3);
        vm.prank(user);
        bytes32 handle = app.submit(ct);
        uint256 fee = app.fee(1);
        uint256 id = app.decrypt{value: fee}(_single(handle));
        vm.warp(block.timestamp + 1 days);
        oracle.refund(id);
        assertEq(address(app).balance, fee);
    }

    function test_AllowAndAllowPublic() public {
        bytes memory ct = _encryptInput(bytes32(uint256(1)), address(app), user, 4);
        vm.prank(user);
        bytes32 handle = app.submit(ct);
        address reader = makeAddr("reader");
        app.allow(handle, reader);
        app.allowPublic(handle);
        assertTrue(acl.isAllowed(handle, reader));
        assertFalse(acl.canGrant(handle, reader));
        assertTrue(acl.isPubliclyDecryptable(handle));
        address other = makeAddr("otherContract");
        app.allowGrant(handle, other);
        assertTrue(acl.isAllowed(handle, other) && acl.canGrant(handle, other));
    }

    function testFuzz_CleartextAt(bytes32 a, bytes32 b, uint256 i) public view {
        bytes memory c = abi.encode(a, b);
        assertEq(app.cleartextAt(c, 0), a);
        assertEq(app.cleartextAt(c, 1), b);
        assertEq(app.cleartextAtMemory(c, 0), a);
        assertEq(app.cleartextAtMemory(c, 1), b);
        i = bound(i, 2, 1000);
        // Out of range in both variants.
        try app.cleartextAt(c, i) {
            revert("expected revert");
        } catch (bytes memory reason) {
            assertEq(reason, abi.encodeWithSelector(ITKMSClient.TKMSCleartextIndexOutOfRange.selector, i, 2));
        }
        try app.cleartextAtMemory(c, i) {
            revert("expected revert");
        } catch (bytes memory reason) {
            assertEq(reason, abi.encodeWithSelector(ITKMSClient.TKMSCleartextIndexOutOfRange.selector, i, 2));
        }
    }

    function test_StoredResultAfterFailedCallback() public {
        bytes memory ct = _encryptInput(bytes32(uint256(9)), address(app), user, 5);
        vm.prank(user);
        bytes32 handle = app.submit(ct);
        uint256 id = app.decrypt{value: app.fee(1)}(_single(handle));
        bytes memory cleartexts = abi.encode(bytes32(uint256(9)));
        vm.mockCallRevert(address(app), abi.encodeWithSelector(app.onResult.selector), "down");
        vm.prank(relayer);
        oracle.fulfill(
            id,
            cleartexts,
            relayer,
            _signFirst(_resultDigest(address(oracle), EPOCH, id, _single(handle), cleartexts, relayer), 2)
        );
        vm.clearMockedCalls();
        assertEq(app.callbacks(), 0);
        assertEq(app.stored(id), cleartexts);
    }
}
