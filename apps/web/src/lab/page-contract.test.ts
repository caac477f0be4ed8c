import { describe, expect, it } from "vitest";
import { bootAttribute, parseBootData } from "./page-contract";

describe("the boot attribute", () => {
  const data = { exerciseId: "two-addresses-add", host: "host", screen: { banner: "Linux host 6.1.0\n\n", prompt: "root@host:~# " } };

  it("reads back what the page writes", () => {
    expect(parseBootData(bootAttribute(data))).toEqual(data);
  });

  it("draws nothing early for a missing or malformed value", () => {
    expect(parseBootData(undefined)).toBeUndefined();
    expect(parseBootData("{")).toBeUndefined();
    expect(parseBootData("null")).toBeUndefined();
    expect(parseBootData(JSON.stringify({ ...data, host: 3 }))).toBeUndefined();
    expect(parseBootData(JSON.stringify({ ...data, screen: { banner: "x" } }))).toBeUndefined();
  });

  it("keeps only the fields it knows", () => {
    expect(parseBootData(JSON.stringify({ ...data, extra: "<script>" }))).toEqual(data);
  });
});
