print("spkg init", __name__)
