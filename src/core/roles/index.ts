/** Column roles: one declarative schema per job (`defineRoles`) and one way to read a list with it (`assignRoles`). */
export * from "./header";
export * from "./profile";
export * from "./never";
export * from "./schema";
export * from "./assign";
