"""A bank account that keeps money exact: ints and Decimals, never floats."""

from decimal import Decimal


class InsufficientFunds(ValueError):
    """Raised when a withdrawal or a transfer asks for more than the balance."""


class BankAccount:
    """An account with an owner, a read-only balance and a history of operations."""

    def __init__(self, owner: str, balance=0):
        """Open an account; balance is an int or a Decimal, 0 or more."""
        raise NotImplementedError("write BankAccount.__init__")

    @property
    def balance(self):
        """The current balance (read-only)."""
        raise NotImplementedError("write BankAccount.balance")

    def deposit(self, amount):
        """Add amount (above 0) and return the new balance."""
        raise NotImplementedError("write BankAccount.deposit")

    def withdraw(self, amount):
        """Take amount (above 0, at most the balance) out and return the new balance."""
        raise NotImplementedError("write BankAccount.withdraw")

    def transfer(self, other: "BankAccount", amount):
        """Move amount from this account to other, all or nothing."""
        raise NotImplementedError("write BankAccount.transfer")

    @classmethod
    def from_string(cls, text: str) -> "BankAccount":
        """Open an account from 'owner:balance' text, such as 'alice:100'."""
        raise NotImplementedError("write BankAccount.from_string")
