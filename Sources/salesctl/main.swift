import SalesKit
print(try! YAMLReader.parse("a: 1\nb: [x, 'y']\nc:\n  - 山田: 部長\n", path: "t") as Any)
