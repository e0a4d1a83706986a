// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {Test, Vm} from "forge-std/Test.sol";
import {ACL} from "../src/ACL.sol";
import {IACL} from "../src/interfaces/IACL.sol";

contract ACLTest is Test {
    ACL internal acl;
    address internal iv = makeAddr("inputVerifier");
    address internal user = makeAddr("user");
    address internal dapp = makeAddr("dapp");
    address internal stranger = makeAddr("stranger");
    bytes32 internal constant HANDLE = keccak256("ciphertext");

    function setUp() public {
        acl = new ACL(iv);
        vm.warp(1_700_000_000);
    }

    function _input() internal {
        vm.prank(iv);
        acl.allowForInput(HANDLE, user, dapp, 1);
    }

    // ---------------------------------------------------------------- construction

    function test_Constructor_SetsInputVerifier() public view {
        assertEq(acl.inputVerifier(), iv);
    }

    function test_RevertWhen_ConstructedWithZeroInputVerifier() public {
        vm.expectRevert(abi.encodeWithSelector(IACL.ACLZeroInputVerifier.selector));
        new ACL(address(0));
    }

    // ---------------------------------------------------------------- allowForInput

    function test_AllowForInput_GrantsUserAndContract() public {
        vm.expectEmit(address(acl));
        emit IACL.Allowed(HANDLE, user, iv);
        vm.expectEmit(address(acl));
        emit IACL.Allowed(HANDLE, dapp, iv);
        vm.expectEmit(address(acl));
        emit IACL.GrantAllowed(HANDLE, dapp, iv);
        _input();
        assertTrue(acl.isAllowed(HANDLE, user));
        assertTrue(acl.isAllowed(HANDLE, dapp));
        assertFalse(acl.isAllowed(HANDLE, stranger));
        assertFalse(acl.isPubliclyDecryptable(HANDLE));
        // Only the contract governs who else reads the input.
        assertTrue(acl.canGrant(HANDLE, dapp));
        assertFalse(acl.canGrant(HANDLE, user));
    }

    function test_AllowForInput_RepeatedEmitsNothing() public {
        _input();
        vm.recordLogs();
        _input();
        assertEq(vm.getRecordedLogs().length, 0);
    }

    function test_AllowForInput_SameAccountForUserAndContract() public {
        vm.prank(iv);
        acl.allowForInput(HANDLE, user, user, 1);
        assertTrue(acl.isAllowed(HANDLE, user));
    }

    function test_RevertWhen_AllowForInputCallerIsNotInputVerifier() public {
        vm.expectRevert(abi.encodeWithSelector(IACL.ACLNotInputVerifier.selector, stranger));
        vm.prank(stranger);
        acl.allowForInput(HANDLE, user, dapp, 1);
    }

    function test_RevertWhen_AllowForInputZeroUser() public {
        vm.expectRevert(abi.encodeWithSelector(IACL.ACLZeroAddress.selector));
        vm.prank(iv);
        acl.allowForInput(HANDLE, address(0), dapp, 1);
    }

    function test_RevertWhen_AllowForInputZeroContract() public {
        vm.expectRevert(abi.encodeWithSelector(IACL.ACLZeroAddress.selector));
        vm.prank(iv);
        acl.allowForInput(HANDLE, user, address(0), 1);
    }

    // ---------------------------------------------------------------- allow

    function test_Allow_ByGranter() public {
        _input();
        vm.expectEmit(address(acl));
        emit IACL.Allowed(HANDLE, stranger, dapp);
        vm.prank(dapp);
        acl.allow(HANDLE, stranger);
        assertTrue(acl.isAllowed(HANDLE, stranger));
        assertFalse(acl.canGrant(HANDLE, stranger), "reading is not granting");
    }

    /// @dev An account allowed to read cannot pass the handle on: neither to another account
    ///      nor to everyone (public decryption). Before reading and granting were separate, a
    ///      vault reader could publish the owner's secret.
    function test_RevertWhen_ReaderGrantsOrPublishes() public {
        _input();
        vm.prank(dapp);
        acl.allow(HANDLE, stranger);
        address next = makeAddr("next");
        vm.expectRevert(abi.encodeWithSelector(IACL.ACLSenderCannotGrant.selector, HANDLE, stranger));
        vm.prank(stranger);
        acl.allow(HANDLE, next);
        vm.expectRevert(abi.encodeWithSelector(IACL.ACLSenderCannotGrant.selector, HANDLE, stranger));
        vm.prank(stranger);
        acl.allowPublicDecryption(HANDLE);
        vm.expectRevert(abi.encodeWithSelector(IACL.ACLSenderCannotGrant.selector, HANDLE, stranger));
        vm.prank(stranger);
        acl.allowGrant(HANDLE, next);
        // The input's user reads but does not grant either: the contract's rules decide.
        vm.expectRevert(abi.encodeWithSelector(IACL.ACLSenderCannotGrant.selector, HANDLE, user));
        vm.prank(user);
        acl.allow(HANDLE, next);
        assertFalse(acl.isAllowed(HANDLE, next));
        assertFalse(acl.isPubliclyDecryptable(HANDLE));
    }

    function test_AllowGrant_PassesTheRightToGrant() public {
        _input();
        address other = makeAddr("otherContract");
        vm.expectEmit(address(acl));
        emit IACL.Allowed(HANDLE, other, dapp);
        vm.expectEmit(address(acl));
        emit IACL.GrantAllowed(HANDLE, other, dapp);
        vm.prank(dapp);
        acl.allowGrant(HANDLE, other);
        assertTrue(acl.isAllowed(HANDLE, other) && acl.canGrant(HANDLE, other));
        vm.prank(other);
        acl.allow(HANDLE, stranger);
        assertTrue(acl.isAllowed(HANDLE, stranger));
        vm.recordLogs();
        vm.prank(dapp);
        acl.allowGrant(HANDLE, other);
        assertEq(vm.getRecordedLogs().length, 0, "repeated grant emits nothing");
    }

    function test_Allow_AlreadyAllowedEmitsNothing() public {
        _input();
        vm.recordLogs();
        vm.prank(dapp);
        acl.allow(HANDLE, user);
        assertEq(vm.getRecordedLogs().length, 0);
    }

    function test_RevertWhen_AllowSenderCannotGrant() public {
        _input();
        vm.expectRevert(abi.encodeWithSelector(IACL.ACLSenderCannotGrant.selector, HANDLE, stranger));
        vm.prank(stranger);
        acl.allow(HANDLE, stranger);
    }

    /// @dev Even the InputVerifier cannot use `allow` on a handle it does not grant.
    function test_RevertWhen_AllowByInputVerifierOnUnknownHandle() public {
        vm.expectRevert(abi.encodeWithSelector(IACL.ACLSenderCannotGrant.selector, HANDLE, iv));
        vm.prank(iv);
        acl.allow(HANDLE, user);
    }

    function test_RevertWhen_AllowZeroAccount() public {
        _input();
        vm.expectRevert(abi.encodeWithSelector(IACL.ACLZeroAddress.selector));
        vm.prank(dapp);
        acl.allow(HANDLE, address(0));
        vm.expectRevert(abi.encodeWithSelector(IACL.ACLZeroAddress.selector));
        vm.prank(dapp);
        acl.allowGrant(HANDLE, address(0));
    }

    /// @dev On a fresh handle nobody (not even the InputVerifier) can grant with `allow`.
    function testFuzz_RevertWhen_AllowOnFreshHandle(bytes32 handle, address sender, address account) public {
        if (account == address(0)) account = stranger;
        vm.expectRevert(abi.encodeWithSelector(IACL.ACLSenderCannotGrant.selector, handle, sender));
        vm.prank(sender);
        acl.allow(handle, account);
        assertFalse(acl.isAllowed(handle, account));
    }

    // ---------------------------------------------------------------- public decryption

    function test_AllowPublicDecryption() public {
        _input();
        vm.expectEmit(address(acl));
        emit IACL.PublicDecryptionAllowed(HANDLE, dapp);
        vm.prank(dapp);
        acl.allowPublicDecryption(HANDLE);
        assertTrue(acl.isPubliclyDecryptable(HANDLE));
        // Public decryptability grants no permission.
        assertFalse(acl.isAllowed(HANDLE, stranger));
    }

    function test_AllowPublicDecryption_RepeatedEmitsNothing() public {
        _input();
        vm.prank(dapp);
        acl.allowPublicDecryption(HANDLE);
        vm.recordLogs();
        vm.prank(dapp);
        acl.allowPublicDecryption(HANDLE);
        assertEq(vm.getRecordedLogs().length, 0);
    }

    function test_RevertWhen_AllowPublicDecryptionSenderCannotGrant() public {
        _input();
        vm.expectRevert(abi.encodeWithSelector(IACL.ACLSenderCannotGrant.selector, HANDLE, stranger));
        vm.prank(stranger);
        acl.allowPublicDecryption(HANDLE);
    }

    // ---------------------------------------------------------------- delegation

    function test_DelegateUserDecryption() public {
        uint64 expiry = uint64(block.timestamp + 1 days);
        vm.expectEmit(address(acl));
        emit IACL.UserDecryptionDelegated(user, stranger, dapp, expiry);
        vm.prank(user);
        acl.delegateUserDecryption(stranger, dapp, expiry);
        assertTrue(acl.isDelegated(user, stranger, dapp));
        assertEq(acl.delegationExpiry(user, stranger, dapp), expiry);
        assertFalse(acl.isDelegated(stranger, user, dapp), "direction matters");
        assertFalse(acl.isDelegated(user, stranger, makeAddr("other")), "contract matters");

        vm.warp(expiry - 1);
        assertTrue(acl.isDelegated(user, stranger, dapp));
        vm.warp(expiry);
        assertFalse(acl.isDelegated(user, stranger, dapp), "expiry is exclusive");
    }

    function test_DelegateUserDecryption_Overwrites() public {
        vm.startPrank(user);
        acl.delegateUserDecryption(stranger, dapp, uint64(block.timestamp + 1 days));
        acl.delegateUserDecryption(stranger, dapp, uint64(block.timestamp + 1));
        vm.stopPrank();
        assertEq(acl.delegationExpiry(user, stranger, dapp), block.timestamp + 1);
    }

    function test_RevertWhen_DelegateToZeroAddress() public {
        vm.expectRevert(abi.encodeWithSelector(IACL.ACLZeroAddress.selector));
        vm.prank(user);
        acl.delegateUserDecryption(address(0), dapp, uint64(block.timestamp + 1));
    }

    function test_RevertWhen_DelegateForZeroContract() public {
        vm.expectRevert(abi.encodeWithSelector(IACL.ACLZeroAddress.selector));
        vm.prank(user);
        acl.delegateUserDecryption(stranger, address(0), uint64(block.timestamp + 1));
    }

    function test_RevertWhen_DelegateToSelf() public {
        vm.expectRevert(abi.encodeWithSelector(IACL.ACLSelfDelegation.selector, user));
        vm.prank(user);
        acl.delegateUserDecryption(user, dapp, uint64(block.timestamp + 1));
    }

    function testFuzz_RevertWhen_DelegateExpiryNotInFuture(uint64 expiry) public {
        expiry = uint64(bound(expiry, 0, block.timestamp));
        vm.expectRevert(abi.encodeWithSelector(IACL.ACLInvalidExpiry.selector, expiry, uint64(block.timestamp)));
        vm.prank(user);
        acl.delegateUserDecryption(stranger, dapp, expiry);
    }

    function test_RevokeUserDecryptionDelegation() public {
        vm.prank(user);
        acl.delegateUserDecryption(stranger, dapp, uint64(block.timestamp + 1 days));
        vm.expectEmit(address(acl));
        emit IACL.UserDecryptionDelegationRevoked(user, stranger, dapp);
        vm.prank(user);
        acl.revokeUserDecryptionDelegation(stranger, dapp);
        assertFalse(acl.isDelegated(user, stranger, dapp));
        assertEq(acl.delegationExpiry(user, stranger, dapp), 0);
    }

    function test_RevertWhen_RevokeMissingDelegation() public {
        vm.expectRevert(abi.encodeWithSelector(IACL.ACLDelegationNotActive.selector, user, stranger, dapp));
        vm.prank(user);
        acl.revokeUserDecryptionDelegation(stranger, dapp);
    }

    function test_RevertWhen_RevokeExpiredDelegation() public {
        vm.prank(user);
        acl.delegateUserDecryption(stranger, dapp, uint64(block.timestamp + 10));
        vm.warp(block.timestamp + 10);
        vm.expectRevert(abi.encodeWithSelector(IACL.ACLDelegationNotActive.selector, user, stranger, dapp));
        vm.prank(user);
        acl.revokeUserDecryptionDelegation(stranger, dapp);
    }

    function test_RevertWhen_RevokeSomeoneElsesDelegation() public {
        vm.prank(user);
        acl.delegateUserDecryption(stranger, dapp, uint64(block.timestamp + 10));
        vm.expectRevert(abi.encodeWithSelector(IACL.ACLDelegationNotActive.selector, stranger, stranger, dapp));
        vm.prank(stranger);
        acl.revokeUserDecryptionDelegation(stranger, dapp);
        assertTrue(acl.isDelegated(user, stranger, dapp));
    }

    // ---------------------------------------------------------------- storage layout (contracts/STORAGE.md)

    /// @dev S = keccak256(abi.encode(uint256(keccak256("tkms.storage.ACL")) - 1)) & ~bytes32(uint256(0xff))
    function test_StorageSlot_NamespaceFormula() public view {
        bytes32 s = keccak256(abi.encode(uint256(keccak256("tkms.storage.ACL")) - 1)) & ~bytes32(uint256(0xff));
        assertEq(s, acl.STORAGE_SLOT());
        assertEq(s, 0xf14cfe2fd7f4ad88c1dfb9fcd32969480c5ffa8eec067bf7a1522c2cac3c9e00);
    }

    /// @dev slot(allowed[handle][account]) = keccak256(abi.encode(account, keccak256(abi.encode(handle, S))))
    function testFuzz_StorageSlot_Allowed(bytes32 handle, address u, address c) public {
        if (u == address(0)) u = user;
        if (c == address(0)) c = dapp;
        bytes32 s = 0xf14cfe2fd7f4ad88c1dfb9fcd32969480c5ffa8eec067bf7a1522c2cac3c9e00;
        bytes32 slotUser = keccak256(abi.encode(u, keccak256(abi.encode(handle, s))));
        bytes32 slotContract = keccak256(abi.encode(c, keccak256(abi.encode(handle, s))));
        assertEq(vm.load(address(acl), slotUser), bytes32(0));
        vm.prank(iv);
        acl.allowForInput(handle, u, c, 1);
        assertEq(vm.load(address(acl), slotUser), bytes32(uint256(u == c ? 3 : 1)));
        assertEq(vm.load(address(acl), slotContract), bytes32(uint256(3)));
        // A neighbouring key is untouched.
        bytes32 other = keccak256(abi.encode(stranger, keccak256(abi.encode(handle, s))));
        if (stranger != u && stranger != c) assertEq(vm.load(address(acl), other), bytes32(0));
    }

    /// @dev slot(publiclyDecryptable[handle]) = keccak256(abi.encode(handle, S + 1))
    function test_StorageSlot_PubliclyDecryptable() public {
        _input();
        vm.prank(dapp);
        acl.allowPublicDecryption(HANDLE);
        bytes32 slot = keccak256(abi.encode(HANDLE, uint256(acl.STORAGE_SLOT()) + 1));
        assertEq(vm.load(address(acl), slot), bytes32(uint256(1)));
    }

    /// @dev The contract's permission word is READ | GRANT = 3, the user's READ = 1, in the one
    ///      slot keccak256(abi.encode(account, keccak256(abi.encode(handle, S)))) the tKMS chain proves.
    function testFuzz_StorageSlot_PermissionBits(bytes32 handle, address u, address c) public {
        if (u == address(0)) u = user;
        if (c == address(0) || c == u) c = dapp;
        bytes32 inner = keccak256(abi.encode(handle, acl.STORAGE_SLOT()));
        vm.prank(iv);
        acl.allowForInput(handle, u, c, 1);
        assertEq(vm.load(address(acl), keccak256(abi.encode(c, inner))), bytes32(uint256(3)));
        assertEq(vm.load(address(acl), keccak256(abi.encode(u, inner))), bytes32(uint256(1)));
        address reader = c == stranger || u == stranger ? makeAddr("reader") : stranger;
        vm.prank(c);
        acl.allow(handle, reader);
        assertEq(vm.load(address(acl), keccak256(abi.encode(reader, inner))), bytes32(uint256(1)));
        vm.prank(c);
        acl.allowGrant(handle, reader);
        assertEq(vm.load(address(acl), keccak256(abi.encode(reader, inner))), bytes32(uint256(3)));
    }

    /// @dev slot(delegations[user][delegate][contract]) =
    ///      keccak256(abi.encode(contract, keccak256(abi.encode(delegate, keccak256(abi.encode(user, S + 2))))))
    function test_StorageSlot_Delegation() public {
        uint64 expiry = uint64(block.timestamp + 1 days);
        vm.prank(user);
        acl.delegateUserDecryption(stranger, dapp, expiry);
        bytes32 l1 = keccak256(abi.encode(user, uint256(acl.STORAGE_SLOT()) + 2));
        bytes32 l2 = keccak256(abi.encode(stranger, l1));
        bytes32 slot = keccak256(abi.encode(dapp, l2));
        assertEq(vm.load(address(acl), slot), bytes32(uint256(expiry)));
    }
}
