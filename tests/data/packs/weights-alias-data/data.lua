-- weights-alias-data: the data-shaped weights, one key an alias
return {
  name = "weights-alias-data",
  extends = "national",
  weights = {
    project = { ["产出"] = 50, ["效益指标"] = 30, ["满意度指标"] = 10 },
  },
}
