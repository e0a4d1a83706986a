// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;
import {Test} from "forge-std/Test.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
contract SmokeTest is Test { function test_Smoke() public pure { assertEq(uint256(1), 1); } }
