/** The customer-list core: finding the list, guessing its columns, checks, summary, comparison. */
export * from "./region";
export * from "./latlng";
export * from "./columns";
export * from "./checks";
export * from "./summary";
export * from "./compare";
