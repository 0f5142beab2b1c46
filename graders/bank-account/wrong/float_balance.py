# expect: wrong_answer
# Checks the amounts, then keeps the balance as a float: Decimal('0.10') three times
# is 0.30000000000000004, and the balance is no longer exact.
from decimal import Decimal


class InsufficientFunds(ValueError):
    pass


def check_amount(amount):
    if isinstance(amount, float) or not isinstance(amount, (int, Decimal)):
        raise TypeError("money is an int or a Decimal")
    if amount <= 0:
        raise ValueError("the amount must be above 0")


class BankAccount:
    def __init__(self, owner, balance=0):
        if isinstance(balance, float) or not isinstance(balance, (int, Decimal)):
            raise TypeError("money is an int or a Decimal")
        if balance < 0:
            raise ValueError("the opening balance cannot be negative")
        self.owner = owner
        self._balance = float(balance)
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        check_amount(amount)
        self._balance += float(amount)
        self.history.append(("deposit", amount))
        return self._balance

    def withdraw(self, amount):
        check_amount(amount)
        if amount > self._balance:
            raise InsufficientFunds("the balance is %s" % self._balance)
        self._balance -= float(amount)
        self.history.append(("withdraw", amount))
        return self._balance

    def transfer(self, other, amount):
        check_amount(amount)
        if amount > self._balance:
            raise InsufficientFunds("the balance is %s" % self._balance)
        self._balance -= float(amount)
        other._balance += float(amount)
        self.history.append(("transfer_out", amount))
        other.history.append(("transfer_in", amount))

    @classmethod
    def from_string(cls, text):
        owner, amount = text.split(":")
        if "." in amount:
            return cls(owner, Decimal(amount))
        return cls(owner, int(amount))
