main_ran = False
def twice(x):
    return 2 * x
if __name__ == "__main__":
    main_ran = True
