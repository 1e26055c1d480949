import { createApp } from "./app";

/** The Workers entry. */
export default createApp();
