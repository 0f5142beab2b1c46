"""A bank account that keeps money exact: ints and Decimals, never floats."""

from decimal import Decimal, InvalidOperation


class InsufficientFunds(ValueError):
    """Raised when a withdrawal or a transfer asks for more than the balance."""


def _check_money(amount):
    """Raise TypeError unless amount is an int or a Decimal (a bool is not money)."""
    if isinstance(amount, bool) or not isinstance(amount, (int, Decimal)):
        raise TypeError("money is an int or a Decimal, not %s" % type(amount).__name__)


def _check_amount(amount):
    """Raise unless amount can be deposited, withdrawn or transferred."""
    _check_money(amount)
    if amount <= 0:
        raise ValueError("the amount must be above 0, not %s" % amount)


def _parse_money(text):
    """An int for integer text, a Decimal for decimal text; ValueError otherwise."""
    try:
        return int(text)
    except ValueError:
        pass
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise ValueError("not an amount: %r" % text) from None
    if not value.is_finite():
        raise ValueError("not an amount: %r" % text)
    return value


class BankAccount:
    """An account with an owner, a read-only balance and a history of operations."""

    def __init__(self, owner: str, balance=0):
        """Open an account; balance is an int or a Decimal, 0 or more."""
        _check_money(balance)
        if balance < 0:
            raise ValueError("the opening balance cannot be negative")
        self.owner = owner
        self._balance = balance
        self.history = []

    @property
    def balance(self):
        """The current balance (read-only)."""
        return self._balance

    def deposit(self, amount):
        """Add amount (above 0) and return the new balance."""
        _check_amount(amount)
        self._balance += amount
        self.history.append(("deposit", amount))
        return self._balance

    def _check_withdrawal(self, amount):
        _check_amount(amount)
        if amount > self._balance:
            raise InsufficientFunds("the balance is %s" % self._balance)

    def withdraw(self, amount):
        """Take amount (above 0, at most the balance) out and return the new balance."""
        self._check_withdrawal(amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self._balance

    def transfer(self, other: "BankAccount", amount):
        """Move amount from this account to other, all or nothing."""
        self._check_withdrawal(amount)
        self._balance -= amount
        other._balance += amount
        self.history.append(("transfer_out", amount))
        other.history.append(("transfer_in", amount))

    @classmethod
    def from_string(cls, text: str) -> "BankAccount":
        """Open an account from 'owner:balance' text, such as 'alice:100'."""
        owner, colon, amount = text.rpartition(":")
        if not colon:
            raise ValueError("expected 'owner:balance', got %r" % text)
        return cls(owner, _parse_money(amount))
