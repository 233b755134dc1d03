/** The shape of `Excel.run` the Excel adapter needs, so that the simulated host can stand in for Excel. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
