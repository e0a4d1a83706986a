// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {Test} from "forge-std/Test.sol";
import {ACL} from "../../src/ACL.sol";

/// @notice Drives the ACL with authorised and unauthorised grants and mirrors, in ghost state,
///         only the grants that were authorised when made.
contract ACLHandler is Test {
    ACL public immutable acl;
    address public immutable iv;
    address[] public actors;
    bytes32[] public handles;

    mapping(bytes32 => mapping(address => bool)) public ghostAllowed;
    mapping(bytes32 => bool) public ghostPublic;
    mapping(bytes32 => mapping(address => bool)) public ghostGranter;
    /// @dev Calls that succeeded although the ghost says they were not authorised.
    uint256 public unauthorisedSuccesses;
    /// @dev Authorised calls (non-zero account) that reverted.
    uint256 public authorisedFailures;
    uint256 public calls;
    /// @dev Disagreements between the ACL and the ghost, found after each call on the handle
    ///      it touched (all pairs are audited at the end of each run, see `mismatches`).
    uint256 public mismatchesSeen;

    constructor(ACL acl_, address iv_) {
        acl = acl_;
        iv = iv_;
        for (uint256 i = 0; i < 5; ++i) {
            actors.push(makeAddr(string.concat("actor", vm.toString(i))));
        }
        actors.push(address(0));
        actors.push(iv_);
        for (uint256 i = 0; i < 4; ++i) {
            handles.push(keccak256(abi.encode("handle", i)));
        }
    }

    function actorCount() external view returns (uint256) {
        return actors.length;
    }

    function handleCount() external view returns (uint256) {
        return handles.length;
    }

    function _actor(uint256 i) internal view returns (address) {
        return actors[bound(i, 0, actors.length - 1)];
    }

    function _handle(uint256 i) internal view returns (bytes32) {
        return handles[bound(i, 0, handles.length - 1)];
    }

    /// @dev Counts (handle, account) pairs where the ACL and the ghost disagree (done here, in
    ///      one call, because each top-level call from the invariant costs far more than an
    ///      internal EVM call).
    function mismatches() external view returns (uint256 n) {
        for (uint256 h = 0; h < handles.length; ++h) {
            bytes32 handle = handles[h];
            for (uint256 a = 0; a < actors.length; ++a) {
                if (acl.isAllowed(handle, actors[a]) != ghostAllowed[handle][actors[a]]) ++n;
                if (acl.canGrant(handle, actors[a]) != ghostGranter[handle][actors[a]]) ++n;
            }
            if (acl.isPubliclyDecryptable(handle) != ghostPublic[handle]) ++n;
            if (acl.isAllowed(handle, address(0))) ++n;
        }
    }

    function _audit(bytes32 handle) internal {
        for (uint256 a = 0; a < actors.length; ++a) {
            if (acl.isAllowed(handle, actors[a]) != ghostAllowed[handle][actors[a]]) ++mismatchesSeen;
            if (acl.canGrant(handle, actors[a]) != ghostGranter[handle][actors[a]]) ++mismatchesSeen;
        }
        if (acl.isPubliclyDecryptable(handle) != ghostPublic[handle]) ++mismatchesSeen;
    }

    /// @dev The InputVerifier registering an input: always authorised.
    function registerInput(uint256 h, uint256 u, uint256 c) external {
        ++calls;
        (bytes32 handle, address user, address dapp) = (_handle(h), _actor(u), _actor(c));
        vm.prank(iv);
        try acl.allowForInput(handle, user, dapp, 1) {
            ghostAllowed[handle][user] = true;
            ghostAllowed[handle][dapp] = true;
            ghostGranter[handle][dapp] = true;
        } catch {
            if (user != address(0) && dapp != address(0)) ++authorisedFailures;
        }
        _audit(handle);
    }

    /// @dev Anyone but the InputVerifier trying to create input permissions.
    function registerInputAsImpostor(uint256 sender, uint256 h, uint256 u) external {
        ++calls;
        address from = _actor(sender);
        bytes32 handle = _handle(h);
        if (from == iv) return;
        address user = _actor(u);
        vm.prank(from);
        try acl.allowForInput(handle, user, from, 1) {
            ++unauthorisedSuccesses;
        } catch {}
        _audit(handle);
    }

    function allow(uint256 sender, uint256 h, uint256 a) external {
        ++calls;
        (address from, bytes32 handle, address to) = (_actor(sender), _handle(h), _actor(a));
        bool authorised = ghostGranter[handle][from];
        vm.prank(from);
        try acl.allow(handle, to) {
            if (!authorised) ++unauthorisedSuccesses;
            ghostAllowed[handle][to] = true;
        } catch {
            if (authorised && to != address(0)) ++authorisedFailures;
        }
        _audit(handle);
    }

    function allowGrant(uint256 sender, uint256 h, uint256 a) external {
        ++calls;
        (address from, bytes32 handle, address to) = (_actor(sender), _handle(h), _actor(a));
        bool authorised = ghostGranter[handle][from];
        vm.prank(from);
        try acl.allowGrant(handle, to) {
            if (!authorised) ++unauthorisedSuccesses;
            ghostAllowed[handle][to] = true;
            ghostGranter[handle][to] = true;
        } catch {
            if (authorised && to != address(0)) ++authorisedFailures;
        }
        _audit(handle);
    }

    function allowPublicDecryption(uint256 sender, uint256 h) external {
        ++calls;
        (address from, bytes32 handle) = (_actor(sender), _handle(h));
        bool authorised = ghostGranter[handle][from];
        vm.prank(from);
        try acl.allowPublicDecryption(handle) {
            if (!authorised) ++unauthorisedSuccesses;
            ghostPublic[handle] = true;
        } catch {
            if (authorised) ++authorisedFailures;
        }
        _audit(handle);
    }
}

contract ACLInvariantTest is Test {
    ACL internal acl;
    ACLHandler internal handler;

    function setUp() public {
        address iv = makeAddr("inputVerifier");
        acl = new ACL(iv);
        handler = new ACLHandler(acl, iv);
        bytes4[] memory selectors = new bytes4[](5);
        selectors[0] = ACLHandler.registerInput.selector;
        selectors[1] = ACLHandler.registerInputAsImpostor.selector;
        selectors[2] = ACLHandler.allow.selector;
        selectors[3] = ACLHandler.allowPublicDecryption.selector;
        selectors[4] = ACLHandler.allowGrant.selector;
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
        targetContract(address(handler));
    }

    /// @notice No permission exists that was not granted by an authorised call, and every
    ///         authorised grant exists (checked after every call on the handle it touched).
    /// forge-config: default.invariant.fail-on-revert = true
    function invariant_PermissionsMatchAuthorisedGrants() public view {
        assertEq(handler.mismatchesSeen(), 0);
    }

    /// @notice No grant succeeded without authorisation, none failed with it.
    /// forge-config: default.invariant.fail-on-revert = true
    function invariant_GrantsAreAuthorisedExactly() public view {
        assertEq(handler.unauthorisedSuccesses(), 0, "unauthorised grant succeeded");
        assertEq(handler.authorisedFailures(), 0, "authorised grant failed");
    }

    /// @notice At the end of every run: every (handle, account) pair matches the ghost, and the
    ///         zero address is allowed nowhere.
    function afterInvariant() external view {
        assertEq(handler.mismatches(), 0);
    }
}
