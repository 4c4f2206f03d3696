/**
 * Button `loading` for a call that is usually instant: the spinner appears only if the call is
 * still running after a moment. Local calls finish in milliseconds, and a spinner flashed in
 * and out that fast is noise (and can leave antd's leave-animation stuck, icon and all).
 */
export const busy = (pending: boolean) => (pending ? { delay: 300 } : false);
