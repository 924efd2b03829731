import GrokSandbox
print("x")
