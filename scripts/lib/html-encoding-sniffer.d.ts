/** The package ships no types: it runs the HTML standard's encoding sniffing (BOM, transport label, meta prescan). */
declare module 'html-encoding-sniffer' {
  interface SniffOptions {
    xml?: boolean;
    transportLayerEncodingLabel?: string;
    defaultEncoding?: string;
  }
  /** The encoding's canonical name (e.g. "UTF-8", "windows-1252"), or `defaultEncoding` when nothing is declared. */
  function sniffHTMLEncoding(bytes: Uint8Array, options?: SniffOptions): string;
  export default sniffHTMLEncoding;
}
