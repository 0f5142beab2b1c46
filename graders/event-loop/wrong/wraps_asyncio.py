# expect: constraint
# Hands the work to asyncio (which the exercise forbids): each generator is driven by
# a coroutine that turns its yields into asyncio.sleep().
import asyncio


class EventLoop:
    def __init__(self):
        self.tasks = []

    def time(self):
        try:
            return asyncio.get_running_loop().time()
        except RuntimeError:
            return 0

    def spawn(self, gen):
        self.tasks.append(gen)

    def run(self):
        async def drive(gen):
            try:
                while True:
                    request = next(gen)
                    await asyncio.sleep(request or 0)
            except StopIteration as stop:
                return stop.value
            except Exception as error:
                return error

        async def main():
            return await asyncio.gather(*(drive(gen) for gen in self.tasks))

        return asyncio.run(main())
