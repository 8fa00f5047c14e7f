/**
 * The strict Excel fake (strictExcel.ts) as the host tests use it, with office-addin-mock where
 * it fits: the Office common API's document settings (a plain callback API, no batching, which
 * is what OfficeMockObject models) are an OfficeMockObject; everything of Excel's batching model
 * is the strict fake's own.
 */
import { OfficeMockObject } from "office-addin-mock";
import { StrictBook } from "../../testkit/strictExcel";

// office-addin-mock loads office-addin-manifest only for its OfficeApp enum, and that pulls
// ES-module dependencies jest cannot require (Office-Addin-Scripts #653, #989): stand in for it.
jest.mock("office-addin-manifest", () => ({
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
}));

export * from "../../testkit/strictExcel";

export class FakeBook extends StrictBook {
  protected settingsObject(): object {
    return new OfficeMockObject(this.settingsApi());
  }
}
