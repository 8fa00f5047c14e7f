/** The DOM matchers (toBeInTheDocument, toHaveValue, ...) for every test file. */
import "@testing-library/jest-dom";
