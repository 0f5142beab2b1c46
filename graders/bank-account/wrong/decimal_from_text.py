# expect: wrong_answer
# Refuses floats, then turns every amount into a Decimal with Decimal(amount): text
# such as '10' becomes Decimal('10') and is accepted as money.
from decimal import Decimal


class InsufficientFunds(ValueError):
    pass


def to_money(amount):
    if isinstance(amount, float):
        raise TypeError("money is never a float")
    return Decimal(amount)


class BankAccount:
    def __init__(self, owner, balance=0):
        balance = to_money(balance)
        if balance < 0:
            raise ValueError("the opening balance cannot be negative")
        self.owner = owner
        self._balance = balance
        self.history = []

    @property
    def balance(self):
        return self._balance

    def _amount(self, amount):
        amount = to_money(amount)
        if amount <= 0:
            raise ValueError("the amount must be above 0")
        return amount

    def deposit(self, amount):
        amount = self._amount(amount)
        self._balance += amount
        self.history.append(("deposit", amount))
        return self._balance

    def withdraw(self, amount):
        amount = self._amount(amount)
        if amount > self._balance:
            raise InsufficientFunds("the balance is %s" % self._balance)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self._balance

    def transfer(self, other, amount):
        amount = self._amount(amount)
        if amount > self._balance:
            raise InsufficientFunds("the balance is %s" % self._balance)
        self._balance -= amount
        other._balance += amount
        self.history.append(("transfer_out", amount))
        other.history.append(("transfer_in", amount))

    @classmethod
    def from_string(cls, text):
        owner, amount = text.split(":")
        return cls(owner, Decimal(amount))
