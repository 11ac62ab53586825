/** The preview's webview view type (a tiny module: activation registers the serializer without loading the preview). */
export const PREVIEW_VIEW_TYPE = 'mlsd.preview';
