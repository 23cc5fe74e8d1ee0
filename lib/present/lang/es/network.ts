/** What every server says about where it can be reached. In Spanish. */
export const network = {
  "net.reachable": "Tus compañeros en la red pueden conectarse a: {addresses}",
  "net.reachableNone":
    "Esta máquina no tiene más dirección de red que loopback: solo pueden conectarse programas de esta máquina",
  "net.staleRemoved":
    "Se borró el archivo de socket abandonado {path}, que dejó un servidor que no cerró",
  "net.reachableUnknown":
    "No se pudieron listar las direcciones de esta máquina ({reason}); búscalas con ip addr (ipconfig en Windows)",
} as const;
